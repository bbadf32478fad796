import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { approveChange } from "@/features/moderation/actions";
import { ChangesView } from "@/features/moderation/components/ChangesView";
import { ReasonForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { getChangeReview } from "@/features/moderation/data";
import { Notice } from "@/features/site/components/FormFields";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; id: string }>;

export default async function ChangeReviewPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, `/admin/changes/${id}`);
  const viewer = await requirePermission(locale, path, canModerate);
  const review = /^[0-9a-f-]{36}$/.test(id) ? await getChangeReview(id) : null;
  if (!review) notFound();
  const [t, tPortal, messages] = await Promise.all([getTranslations("Moderation"), getTranslations("Portal"), getMessages()]);
  const format = siteFormatFor(locale);
  const reviewable = review.status === "pending" || review.status === "awaiting_second";
  const ownFirstApproval = review.status === "awaiting_second" && review.firstApprovedById === viewer.id;
  const hidden = { locale, changeRequestId: review.id, returnTo: path };
  const approveLabel = review.status === "awaiting_second" ? t("approveSecond") : review.highRisk ? t("approveFirst") : t("approve");

  return (
    <article className="space-y-6" aria-labelledby="review-heading">
      <p>
        <a href={localizedPath(locale, "/admin")}>{t("backToQueue")}</a>
      </p>
      <h1 id="review-heading" className="text-2xl">
        {t.rich("reviewTitle", { organization: review.organization.name, name: (chunks) => <bdi>{chunks}</bdi> })}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="text-slate-700">
        {review.submittedAt ? (review.authorName ? t("submittedBy", { name: review.authorName, date: format.date(review.submittedAt, "medium") }) : t("submittedOn", { date: format.date(review.submittedAt, "medium") })) : null}{" "}
        · <a href={localizedPath(locale, `/organizations/${review.organization.slug}`)}>{tPortal("viewPublic")}</a> ·{" "}
        <a href={localizedPath(locale, `/admin/organizations/${review.organization.slug}/history`)}>{t("historyLink")}</a>
      </p>
      {!reviewable ? <Notice tone="info">{t("decided", { status: t(`changeStatus.${review.status}`) })}</Notice> : null}
      {review.stale && reviewable ? <Notice tone="warning">{t("staleReview")}</Notice> : null}
      {review.editorNote ? (
        <div className="card">
          <h2 className="text-base">{t("editorNote")}</h2>
          <p className="whitespace-pre-line" dir="auto">
            {review.editorNote}
          </p>
        </div>
      ) : null}
      {review.problemReportId ? (
        <p>
          <a href={localizedPath(locale, `/admin/reports/${review.problemReportId}`)}>{t("reportLink")}</a>
        </p>
      ) : null}
      {review.status === "awaiting_second" && review.firstApprovedByName && review.firstApprovedAt ? (
        <Notice tone="info">{t("firstApprovalBy", { name: review.firstApprovedByName, date: format.date(review.firstApprovedAt, "medium") })}</Notice>
      ) : null}

      <p className="max-w-3xl">{t("reviewIntro")}</p>
      <ChangesView differences={review.differences} />

      {reviewable ? (
        <section className="grid gap-4 lg:grid-cols-3" aria-label={t("navQueue")}>
          <div className="card space-y-3">
            {ownFirstApproval ? (
              <p>{t("sameModerator")}</p>
            ) : (
              <form action={approveChange} data-testid="approve-form">
                {Object.entries(hidden).map(([name, value]) => (
                  <input key={name} type="hidden" name={name} value={value} />
                ))}
                <button type="submit" className="button-primary" disabled={review.stale}>
                  {approveLabel}
                </button>
              </form>
            )}
          </div>
          <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
            <div className="card space-y-2">
              <h2 className="text-lg">{t("requestChanges")}</h2>
              <ReasonForm kind="decideChange" hidden={{ ...hidden, decision: "requestChanges" }} label={t("note")} hint={t("requestChangesHint")} submitLabel={t("requestChanges")} testId="request-changes-form" />
            </div>
            <div className="card space-y-2">
              <h2 className="text-lg">{t("reject")}</h2>
              <ReasonForm kind="decideChange" hidden={{ ...hidden, decision: "reject" }} label={t("reason")} hint={t("rejectHint")} submitLabel={t("reject")} testId="reject-form" />
            </div>
          </NextIntlClientProvider>
        </section>
      ) : null}
    </article>
  );
}

import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { getLanguageNamer } from "@/features/listings/language-names";
import { ReasonForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { getReportReview } from "@/features/moderation/data";
import { Notice } from "@/features/site/components/FormFields";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; id: string }>;

export default async function ReportReviewPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, `/admin/reports/${id}`);
  await requirePermission(locale, path, canModerate);
  const report = /^[0-9a-f-]{36}$/.test(id) ? await getReportReview(id) : null;
  if (!report) notFound();
  const [t, tReport, tPortal, messages, languageName] = await Promise.all([
    getTranslations("Moderation"),
    getTranslations("Report"),
    getTranslations("Portal"),
    getMessages(),
    getLanguageNamer(locale),
  ]);
  const format = siteFormatFor(locale);
  const open = report.status === "open" || report.status === "in_review";
  return (
    <article className="max-w-3xl space-y-6" aria-labelledby="report-heading">
      <p>
        <a href={localizedPath(locale, "/admin")}>{t("backToQueue")}</a>
      </p>
      <h1 id="report-heading" className="text-2xl">
        {t.rich("reportTitle", { organization: report.organization.name, name: (chunks) => <bdi>{chunks}</bdi> })}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="text-slate-700">
        {t("reportedOn", { date: format.date(report.createdAt, "medium") })} · {t("reportLanguage")}: {languageName(report.locale)} ·{" "}
        <a href={localizedPath(locale, `/organizations/${report.organization.slug}`)}>{tPortal("viewPublic")}</a>
      </p>
      <dl className="card space-y-3">
        <div>
          <dt className="font-semibold">{t("reportCategory")}</dt>
          <dd>{tReport(`categories.${report.category}`)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("reportDetails")}</dt>
          <dd className="whitespace-pre-line break-words" dir="auto">
            {report.details}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("reportContact")}</dt>
          <dd className="break-words" dir="auto">
            {report.contact ?? t("reportNoContact")}
          </dd>
          <dd className="text-sm text-slate-600">{t("reportContactNote")}</dd>
        </div>
      </dl>
      {open ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="card space-y-2">
            <h2 className="text-lg">{t("makeChange")}</h2>
            <p className="text-sm text-slate-700">{t("makeChangeHint")}</p>
            <a href={`${localizedPath(locale, `/portal/organizations/${report.organization.slug}`)}?report=${report.id}`} className="button-primary" data-testid="make-change">
              {t("makeChange")}
            </a>
          </div>
          <div className="card space-y-2">
            <h2 className="text-lg">{t("dismiss")}</h2>
            <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
              <ReasonForm kind="dismissReport" hidden={{ locale, reportId: report.id, returnTo: path }} label={t("reason")} hint={t("dismissHint")} submitLabel={t("dismiss")} testId="dismiss-form" />
            </NextIntlClientProvider>
          </div>
        </div>
      ) : (
        <Notice tone="info">{t("reportClosed", { status: t(`reportStatus.${report.status}`) })}</Notice>
      )}
    </article>
  );
}

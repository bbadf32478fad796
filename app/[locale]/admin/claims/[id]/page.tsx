import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { approveClaim } from "@/features/moderation/actions";
import { ReasonForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { getClaimReview } from "@/features/moderation/data";
import { getLanguageNamer } from "@/features/listings/language-names";
import { Notice } from "@/features/site/components/FormFields";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; id: string }>;

export default async function ClaimReviewPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, `/admin/claims/${id}`);
  await requirePermission(locale, path, canModerate);
  const claim = /^[0-9a-f-]{36}$/.test(id) ? await getClaimReview(id) : null;
  if (!claim) notFound();
  const [t, tPortal, messages, languageName] = await Promise.all([getTranslations("Moderation"), getTranslations("Portal"), getMessages(), getLanguageNamer(locale)]);
  const format = siteFormatFor(locale);
  const hidden = { locale, claimId: claim.id, returnTo: path };
  const rows: [string, string | null, boolean][] = [
    [t("claimName"), claim.name, false],
    [t("claimJobTitle"), claim.jobTitle, false],
    [t("claimEmail"), claim.email, true],
    [t("claimMessage"), claim.message, false],
    [t("claimLanguage"), languageName(claim.locale), false],
  ];
  return (
    <article className="max-w-3xl space-y-6" aria-labelledby="claim-heading">
      <p>
        <a href={localizedPath(locale, "/admin")}>{t("backToQueue")}</a>
      </p>
      <h1 id="claim-heading" className="text-2xl">
        {t.rich("claimTitle", { organization: claim.organization.name, name: (chunks) => <bdi>{chunks}</bdi> })}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p>{t("claimIntro")}</p>
      <p className="text-slate-700">
        {format.date(claim.createdAt, "medium")} · <a href={localizedPath(locale, `/organizations/${claim.organization.slug}`)}>{tPortal("viewPublic")}</a>
      </p>
      {claim.email === null ? <p>{t("claimErased")}</p> : null}
      <dl className="card grid gap-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value, ltr]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line break-words" dir={ltr ? "ltr" : "auto"}>
              {value ?? "—"}
            </dd>
          </div>
        ))}
      </dl>
      {claim.status === "pending" ? (
        <>
          <Notice tone={claim.emailDomainMatches ? "info" : "warning"}>{claim.emailDomainMatches ? t("claimDomainMatches") : t("claimDomainDiffers")}</Notice>
          <div className="grid gap-4 sm:grid-cols-2">
            <form action={approveClaim} className="card" data-testid="approve-claim-form">
              {Object.entries(hidden).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <button type="submit" className="button-primary">
                {t("approveClaim")}
              </button>
            </form>
            <div className="card space-y-2">
              <h2 className="text-lg">{t("rejectClaim")}</h2>
              <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
                <ReasonForm kind="rejectClaim" hidden={hidden} label={t("reason")} hint={t("rejectHint")} submitLabel={t("rejectClaim")} testId="reject-claim-form" />
              </NextIntlClientProvider>
            </div>
          </div>
        </>
      ) : (
        <Notice tone="info">{t("claimDecided", { status: t(`claimStatus.${claim.status}`) })}</Notice>
      )}
    </article>
  );
}

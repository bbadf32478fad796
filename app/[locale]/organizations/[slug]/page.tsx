import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { getOrganizationPage, primaryTelephone } from "@/features/listings/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { JsonLdScript } from "@/features/listings/components/JsonLdScript";
import { ListingName } from "@/features/listings/components/ListingName";
import { LocalizedTextView } from "@/features/listings/components/LocalizedTextView";
import { OrganizationDetails } from "@/features/listings/components/OrganizationDetails";
import { SampleBadge } from "@/features/listings/components/SampleBadge";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { legalServiceJsonLd, withContext } from "@/features/listings/json-ld";
import { getLanguageNamer } from "@/features/listings/language-names";
import { ProblemReportForm } from "@/features/moderation/components/ProblemReportForm";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";
import { absoluteUrl } from "@/lib/site-url";
import { isolated } from "@/i18n/bidi";
import { isSlug } from "@/features/listings/slugs";

type Params = Promise<{ locale: string; slug: string }>;

/** One query per request, shared by the metadata and the page. */
const loadOrganization = cache(async (slug: string, locale: string) =>
  isSlug(slug) ? getOrganizationPage(slug, locale) : null,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  const organization = await loadOrganization(slug, locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  if (!organization) return { title: t("notFoundTitle") };
  return {
    title: organization.name.text,
    description: t("organizationDescription", { name: isolated(organization.name.text) }),
  };
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const organization = await loadOrganization(slug, locale);
  if (!organization) notFound();

  const format = siteFormatFor(locale);
  const [t, tListing, tReport, tClaim, languageName, messages] = await Promise.all([
    getTranslations("Organization"),
    getTranslations("Listing"),
    getTranslations("Report"),
    getTranslations("Claim"),
    getLanguageNamer(locale),
    getMessages(),
  ]);
  const now = new Date();
  const url = absoluteUrl(localizedPath(locale, `/organizations/${organization.slug}`));
  const primaryLocation = organization.locations[0];
  const jsonLd = withContext(
    legalServiceJsonLd({
      url,
      locationId: primaryLocation?.id ?? null,
      name: organization.name.text,
      telephone: primaryTelephone(organization),
      address: primaryLocation?.address ?? null,
      latitude: primaryLocation?.latitude ?? null,
      longitude: primaryLocation?.longitude ?? null,
    }),
  );

  return (
    <article className="space-y-8" aria-labelledby="organization-name">
      <JsonLdScript data={jsonLd} />
      <header className="space-y-3">
        <p>
          <a href={localizedPath(locale, "/directory")}>{t("backToSearch")}</a>
        </p>
        <div className="flex flex-wrap items-center gap-2">{organization.isSample ? <SampleBadge /> : null}</div>
        <h1 id="organization-name" className="text-2xl sm:text-3xl">
          <ListingName value={organization.name} locale={locale} />
        </h1>
        {organization.alternateName ? (
          <p className="text-slate-700" dir="auto" lang={organization.alternateName.isFallback ? organization.alternateName.lang : undefined}>
            {organization.alternateName.text}
          </p>
        ) : null}
        {organization.status !== "active" ? (
          <p role="note" className="rounded-lg border-2 border-alert-700 bg-alert-50 p-3 font-semibold text-alert-800">
            {t("closedNotice", { status: tListing(`status.${organization.status}`) })}
          </p>
        ) : null}
        <LocalizedTextView value={organization.description} locale={locale} readerLanguageName={languageName(locale)} className="max-w-3xl text-lg text-slate-800" />
        <VerificationNotice verifiedAt={organization.verifiedAt} now={now} />
        {organization.yearIncorporated ? <p className="text-sm text-slate-600">{t("founded", { year: String(organization.yearIncorporated) })}</p> : null}
      </header>

      <OrganizationDetails organization={organization} locale={locale} languageName={languageName} now={now} />

      <section aria-labelledby="verification-heading" className="card space-y-1 text-sm">
        <h2 id="verification-heading" className="text-lg">
          {t("verificationHeading")}
        </h2>
        <VerificationNotice verifiedAt={organization.verifiedAt} now={now} />
        {organization.verifiedByRole ? <p>{t("verifiedByRole", { role: organization.verifiedByRole })}</p> : null}
        <p>{t("lastChanged", { date: format.date(organization.updatedAt, "medium") })}</p>
      </section>

      <section aria-labelledby="claim-heading" className="card space-y-2">
        <h2 id="claim-heading" className="text-lg">
          {tClaim("entry")}
        </h2>
        <p className="text-slate-700">{tClaim("entryIntro", { organization: isolated(organization.name.text) })}</p>
        <p>
          <a href={localizedPath(locale, `/organizations/${organization.slug}/claim`)}>{tClaim("entryLink")}</a>
        </p>
      </section>

      <section aria-labelledby="report-heading" className="card space-y-3" id="report">
        <h2 id="report-heading" className="text-lg">
          {tReport("heading")}
        </h2>
        <p className="text-slate-700">{tReport("intro")}</p>
        <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Report"])}>
          <ProblemReportForm organizationSlug={organization.slug} />
        </NextIntlClientProvider>
      </section>
    </article>
  );
}

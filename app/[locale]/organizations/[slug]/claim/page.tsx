import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { getOrganizationPage } from "@/features/listings/data";
import { isSlug } from "@/features/listings/slugs";
import { ClaimForm } from "@/features/moderation/components/ClaimForm";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  const organization = isSlug(slug) ? await getOrganizationPage(slug, locale) : null;
  const t = await getTranslations({ locale, namespace: "Claim" });
  return { title: organization ? t.markup("title", { organization: organization.name.text, name: (chunks) => chunks }) : t("entry"), robots: { index: false } };
}

/** "Are you from this organization?": a public form, no account and no cookie. */
export default async function ClaimPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const organization = isSlug(slug) ? await getOrganizationPage(slug, locale) : null;
  if (!organization) notFound();
  const [t, messages] = await Promise.all([getTranslations("Claim"), getMessages()]);
  return (
    <section className="max-w-2xl space-y-5" aria-labelledby="claim-heading">
      <p>
        <a href={localizedPath(locale, `/organizations/${organization.slug}`)}>{t("backToListing")}</a>
      </p>
      <h1 id="claim-heading" className="text-2xl">
        {t.rich("title", { organization: organization.name.text, name: (chunks) => <bdi>{chunks}</bdi> })}
      </h1>
      <p>{t("intro")}</p>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Claim"])}>
        <ClaimForm organizationSlug={organization.slug} />
      </NextIntlClientProvider>
    </section>
  );
}

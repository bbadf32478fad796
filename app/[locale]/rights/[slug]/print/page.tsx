import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findNationalHotlines } from "@/features/hotlines/data";
import { formatUsPhoneNumber } from "@/features/listings/phone-numbers";
import { MaterialBody, MaterialHeader, NotLegalAdvice, ReviewNotice, SourcesList } from "@/features/rights/components/MaterialParts";
import { PrintButton } from "@/features/rights/components/PrintButton";
import { loadKyrMaterial } from "@/features/rights/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { absoluteUrl } from "@/lib/site-url";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const material = await loadKyrMaterial(slug, asLocale((await params).locale));
  return material ? { title: material.title, robots: { index: false } } : {};
}

/** A guide laid out for paper: one or two pages, with the national hotlines and where it came from. */
export default async function RightsMaterialPrintPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const material = await loadKyrMaterial(slug, locale);
  if (!material) notFound();
  const format = siteFormatFor(locale);
  const [t, tListing, hotlines] = await Promise.all([getTranslations("Rights"), getTranslations("Listing"), findNationalHotlines(locale)]);
  const url = absoluteUrl(localizedPath(locale, `/rights/${material.slug}`));
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-4" aria-labelledby="material-title" data-testid="print-view">
      <PrintButton label={t("print")} />
      <MaterialHeader material={material} locale={locale} compact />
      <ReviewNotice material={material} />
      <MaterialBody material={material} locale={locale} />
      <section aria-labelledby="print-hotlines-heading" className="avoid-break space-y-1">
        <h2 id="print-hotlines-heading" className="text-lg">
          {t("hotlines")}
        </h2>
        <ul className="grid grid-cols-2 gap-x-4 text-sm">
          {hotlines.map((hotline) => (
            <li key={hotline.serviceId}>
              {hotline.purpose ? tListing(`hotlinePurpose.${hotline.purpose}`) : hotline.name.text}: <bdi dir="ltr">{formatUsPhoneNumber(hotline.number)}</bdi>
            </li>
          ))}
        </ul>
      </section>
      <NotLegalAdvice />
      <SourcesList material={material} />
      <p className="text-xs text-slate-600">
        {t.rich("printedFrom", { url, date: format.date(new Date(), "long"), link: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
      </p>
    </article>
  );
}

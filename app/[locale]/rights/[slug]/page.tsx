import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getLanguageNamer } from "@/features/listings/language-names";
import { officialLinesForGuide } from "@/features/official-lines/data";
import { MaterialPage } from "@/features/rights/components/MaterialPage";
import { loadKyrMaterial } from "@/features/rights/data";
import { asLocale } from "@/i18n/locales";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  const material = await loadKyrMaterial(slug, locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return material ? { title: material.title, description: material.summary } : { title: t("notFoundTitle") };
}

export default async function RightsMaterialPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const material = await loadKyrMaterial(slug, locale);
  if (!material) notFound();
  const [languageName, officialLines] = await Promise.all([getLanguageNamer(locale), officialLinesForGuide(slug, locale)]);
  return <MaterialPage material={material} officialLines={officialLines} locale={locale} readerLanguageName={languageName(locale)} now={new Date()} />;
}

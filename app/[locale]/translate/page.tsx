import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoArticle } from "@/features/site/components/InfoArticle";
import { TranslationStatusTable } from "@/features/translations/components/TranslationStatusTable";
import { getTranslationStatus } from "@/features/translations/data";
import { asLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Translate" });
  return { title: t("title"), description: t("description") };
}

const SECTIONS = [
  ["how", "howHeading", "howSteps"],
  ["glossary", "glossaryHeading", "glossaryText"],
  ["review", "reviewHeading", "reviewText"],
] as const;

export default async function TranslatePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, statuses] = await Promise.all([getTranslations("Translate"), getTranslationStatus()]);
  return (
    <InfoArticle
      heading={t("heading")}
      intro={t("intro")}
      sections={SECTIONS.map(([id, heading, text]) => ({ id, heading: t(heading), text: t(text) }))}
      lead={<TranslationStatusTable statuses={statuses} />}
    />
  );
}

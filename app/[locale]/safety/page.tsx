import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoArticle } from "@/features/site/components/InfoArticle";
import { asLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Safety" });
  return { title: t("title"), description: t("description") };
}

const SECTIONS = ["quickExit", "privateWindow", "history", "device", "location"] as const;

function SafetyArticle() {
  const t = useTranslations("Safety");
  return <InfoArticle heading={t("heading")} intro={t("intro")} sections={SECTIONS.map((id) => ({ id, heading: t(`${id}.heading`), text: t(`${id}.text`) }))} />;
}

export default async function SafetyPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(asLocale((await params).locale));
  return <SafetyArticle />;
}

import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Safety" });
  return { title: t("title"), description: t("description") };
}

const SECTIONS = ["quickExit", "privateWindow", "history", "device", "location"] as const;

function SafetyArticle() {
  const t = useTranslations("Safety");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </header>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`${section}-heading`} className="space-y-2">
          <h2 id={`${section}-heading`} className="text-xl">
            {t(`${section}.heading`)}
          </h2>
          <p>{t(`${section}.text`)}</p>
        </section>
      ))}
    </article>
  );
}

export default async function SafetyPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(asLocale((await params).locale));
  return <SafetyArticle />;
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationStatusTable } from "@/features/translations/components/TranslationStatusTable";
import { getTranslationStatus } from "@/features/translations/data";
import { asLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Translate" });
  return { title: t("title"), description: t("description") };
}

const SECTIONS = [
  ["howHeading", "howSteps"],
  ["glossaryHeading", "glossaryText"],
  ["reviewHeading", "reviewText"],
] as const;

export default async function TranslatePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, statuses] = await Promise.all([getTranslations("Translate"), getTranslationStatus()]);
  return (
    <article className="max-w-4xl space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </header>
      <TranslationStatusTable statuses={statuses} />
      {SECTIONS.map(([heading, text]) => (
        <section key={heading} aria-labelledby={heading} className="max-w-3xl space-y-2">
          <h2 id={heading} className="text-xl">
            {t(heading)}
          </h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </article>
  );
}

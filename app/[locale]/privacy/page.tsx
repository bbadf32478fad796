import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return { title: t("title"), description: t("description") };
}

/** Each section states one fact about what the site does with a visitor's information; see DESIGN.md section 6. */
const SECTIONS = ["searches", "serverLog", "cookies", "location", "device", "otherSites", "reports", "requests", "limits"] as const;

function PrivacyArticle({ locale }: { locale: string }) {
  const t = useTranslations("Privacy");
  return (
    <article className="max-w-3xl space-y-8" data-testid="privacy">
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
      <p>
        <a href={localizedPath(locale, "/safety")}>{t("safetyLink")}</a>
      </p>
    </article>
  );
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return <PrivacyArticle locale={locale} />;
}

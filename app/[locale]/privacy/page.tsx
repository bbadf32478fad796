import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoArticle } from "@/features/site/components/InfoArticle";
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
    <InfoArticle
      heading={t("heading")}
      intro={t("intro")}
      sections={SECTIONS.map((id) => ({ id, heading: t(`${id}.heading`), text: t(`${id}.text`) }))}
      testId="privacy"
    >
      <p>
        <a href={localizedPath(locale, "/safety")}>{t("safetyLink")}</a>
      </p>
    </InfoArticle>
  );
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return <PrivacyArticle locale={locale} />;
}

import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Metadata" });
  return { title: t("offlineTitle"), robots: { index: false } };
}

/** Shown by the service worker, without a connection, for a page that was not saved. */
function OfflineLinks({ locale }: { locale: string }) {
  const t = useTranslations("Offline");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl">{t("heading")}</h1>
      <p>{t("text")}</p>
      <ul className="list-disc space-y-1 ps-6">
        <li>
          <a href={localizedPath(locale, "/rights")}>{t("rights")}</a>
        </li>
        <li>
          <a href={localizedPath(locale, "/hotlines")}>{t("hotlines")}</a>
        </li>
        <li>
          <a href={localizedPath(locale)}>{t("home")}</a>
        </li>
      </ul>
    </div>
  );
}

export default async function OfflinePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return <OfflineLinks locale={locale} />;
}

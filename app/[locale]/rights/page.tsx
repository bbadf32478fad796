import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalReviewStatusText } from "@/features/rights/components/MaterialParts";
import { listKyrMaterials } from "@/features/rights/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("rightsTitle"), description: t("rightsDescription") };
}

export default async function RightsLibraryPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const format = siteFormatFor(locale);
  const [t, materials] = await Promise.all([getTranslations("Rights"), listKyrMaterials(locale)]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </header>
      <ol className="grid gap-4 md:grid-cols-2" data-testid="rights-list">
        {materials.map((material) => (
          <li key={material.slug} className="card space-y-2" lang={material.lang === locale ? undefined : material.lang}>
            <h2 className="text-lg">
              <a href={localizedPath(locale, `/rights/${material.slug}`)}>{material.title}</a>
            </h2>
            <p className="text-slate-700">{material.summary}</p>
            <p className="text-sm text-slate-600">
              {t("lastReviewed", { date: format.date(material.lastReviewedAt, "medium") })}
              {" · "}
              <LegalReviewStatusText material={material} />
            </p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="cards-heading" className="card max-w-3xl space-y-2">
        <h2 id="cards-heading" className="text-lg">
          {t("printCards")}
        </h2>
        <p className="text-slate-700">{t("printCardsText")}</p>
        <p>
          <a href={localizedPath(locale, "/rights/card")} className="font-semibold">
            {t("printCards")}
          </a>
        </p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { asLocale } from "@/i18n/locales";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MyLocationButton, NearField } from "@/features/directory/components/PlaceFields";
import { findNationalHotlines } from "@/features/hotlines/data";
import { HotlineCard } from "@/features/hotlines/components/HotlineCard";
import { getLanguageNamer } from "@/features/listings/language-names";
import { listKyrMaterials } from "@/features/rights/data";
import { localizedPath } from "@/i18n/paths";
import { MAX_NEAR_LENGTH } from "@/features/directory/limits";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: `${t("homeTitle")} · ${t("siteName")}` }, description: t("homeDescription") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const [hotlines, materials, languageName] = await Promise.all([
    findNationalHotlines(locale),
    listKyrMaterials(locale),
    getLanguageNamer(locale),
  ]);
  const now = new Date();
  const agentsMaterial = materials.find((material) => material.slug === "agents-at-your-home");

  return (
    <div className="space-y-10">
      <section aria-labelledby="search-heading" className="rounded-2xl bg-brand-800 p-5 text-white sm:p-8">
        <h1 id="search-heading" className="text-2xl text-white sm:text-3xl">
          {t("heading")}
        </h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t("intro")}</p>
        <form action={localizedPath(locale, "/directory")} method="get" role="search" className="mt-5 max-w-xl">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex-1">
              <NearField required onDark />
            </div>
            <button type="submit" className="button-primary bg-white text-brand-900 hover:bg-brand-50 hover:text-brand-900" data-testid="search-button">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2.5">
                <circle cx="11" cy="11" r="7" />
                <path d="m20 20-3.5-3.5" />
              </svg>
              {t("searchButton")}
            </button>
          </div>
        </form>
        <div className="mt-4 max-w-xl [&_.button-secondary]:border-white [&_p]:text-brand-50">
          <MyLocationButton searchPath={localizedPath(locale, "/directory")} radius={null} />
        </div>
      </section>

      <section aria-labelledby="agents-heading" className="space-y-3 rounded-2xl border-2 border-alert-700 bg-alert-50 p-5" data-testid="agents-path">
        <h2 id="agents-heading" className="text-xl text-alert-800">
          {t("agentsHeading")}
        </h2>
        <ul className="list-disc space-y-1 ps-6 text-slate-900">
          {(["door", "warrant", "silent", "sign"] as const).map((step) => (
            <li key={step}>{t(`agentsSteps.${step}`)}</li>
          ))}
        </ul>
        {agentsMaterial ? (
          <p>
            <a href={localizedPath(locale, `/rights/${agentsMaterial.slug}`)} className="font-semibold text-alert-800">
              {t("agentsLink")}
            </a>
          </p>
        ) : null}
        <form action={localizedPath(locale, "/hotlines")} method="get" className="flex max-w-xl flex-col gap-2 border-t border-alert-700/30 pt-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="hotline-near" className="block font-semibold">
              {t("localHotlineHeading")}
            </label>
            <input id="hotline-near" name="near" type="text" inputMode="search" autoComplete="postal-code" maxLength={MAX_NEAR_LENGTH} required className="field-input mt-1" />
          </div>
          <button type="submit" className="button-primary">
            {t("localHotlineButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="hotlines-heading" className="space-y-4">
        <div>
          <h2 id="hotlines-heading" className="text-xl">
            {t("hotlinesHeading")}
          </h2>
          <p className="text-slate-700">{t("hotlinesIntro")}</p>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          {hotlines.map((hotline) => (
            <HotlineCard key={hotline.serviceId} hotline={hotline} locale={locale} languageName={languageName} now={now} />
          ))}
        </div>
      </section>

      <section aria-labelledby="rights-heading" className="space-y-4">
        <div>
          <h2 id="rights-heading" className="text-xl">
            {t("rightsHeading")}
          </h2>
          <p className="text-slate-700">{t("rightsIntro")}</p>
        </div>
        <p>
          <a href={localizedPath(locale, "/rights")} className="font-semibold">
            {t("allRights")}
          </a>
        </p>
        {materials.length === 0 ? (
          <p>{t("noRights")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {materials.slice(0, 4).map((material) => (
              <li key={material.slug} className="card" lang={material.lang === locale ? undefined : material.lang}>
                <h3 className="text-lg">
                  <a href={localizedPath(locale, `/rights/${material.slug}`)}>{material.title}</a>
                </h3>
                <p className="mt-1 text-slate-700">{material.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

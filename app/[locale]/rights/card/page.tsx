import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findNationalHotlines } from "@/features/hotlines/data";
import { PrintButton } from "@/features/rights/components/PrintButton";
import { RightsCardSheet } from "@/features/rights/components/RightsCards";
import { SHIPPED_LOCALES, asLocale, isLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("rightsCardTitle") };
}

/** Four wallet cards to a page, in the reader's language and, with `?also=`, a second one beside it. */
export default async function RightsCardPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const alsoValue = (await searchParams).also;
  const also = typeof alsoValue === "string" && isLocale(alsoValue) && alsoValue !== locale ? alsoValue : null;
  const [t, secondary, hotlines] = await Promise.all([
    getTranslations({ locale, namespace: "RightsCard" }),
    also ? getTranslations({ locale: also, namespace: "RightsCard" }) : Promise.resolve(null),
    findNationalHotlines(locale),
  ]);
  const hotline = hotlines.find((entry) => entry.purpose === "rapid_response") ?? hotlines[0];

  return (
    <div className="space-y-6">
      <header className="space-y-3 print:hidden">
        <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <form action={localizedPath(locale, "/rights/card")} method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="also" className="block font-semibold">
              {t("secondLanguage")}
            </label>
            <select id="also" name="also" defaultValue={also ?? ""} className="field-input mt-1">
              <option value="">{t("none")}</option>
              {SHIPPED_LOCALES.filter((entry) => entry.code !== locale).map((entry) => (
                <option key={entry.code} value={entry.code} lang={entry.code}>
                  {entry.nativeName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button-secondary">
            {t("show")}
          </button>
          <PrintButton label={t("print")} />
        </form>
      </header>
      <RightsCardSheet
        primary={{ t, locale }}
        secondary={secondary && also ? { t: secondary, locale: also } : null}
        hotlineNumber={hotline?.number ?? null}
      />
    </div>
  );
}

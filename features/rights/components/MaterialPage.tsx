import { useTranslations } from "next-intl";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { OfficialLinesSection } from "@/features/official-lines/components/OfficialLinesSection";
import type { OfficialLineView } from "@/features/official-lines/data";
import type { KyrMaterialView } from "../data";
import { MaterialBody, MaterialHeader, NotLegalAdvice, ReviewNotice, SourcesList } from "./MaterialParts";

/** A know-your-rights guide on screen: the text, the government lines it speaks of, its review, its sources, and where to get help. */
export function MaterialPage({
  material,
  officialLines,
  locale,
  readerLanguageName,
  now,
}: {
  material: KyrMaterialView;
  officialLines: OfficialLineView[];
  locale: string;
  readerLanguageName: string;
  now: Date;
}) {
  const t = useTranslations("Rights");
  const otherLanguages = SHIPPED_LOCALES.filter((entry) => entry.code !== locale && material.locales.includes(entry.code));
  return (
    <article className="max-w-3xl space-y-6" aria-labelledby="material-title">
      <p className="print:hidden">
        <a href={localizedPath(locale, "/rights")}>{t("backToList")}</a>
      </p>
      <MaterialHeader material={material} locale={locale} />
      {material.lang !== locale ? <p className="italic text-slate-700">{t("notInYourLanguage", { language: readerLanguageName })}</p> : null}
      <ReviewNotice material={material} />
      <NotLegalAdvice />
      <MaterialBody material={material} locale={locale} />
      <OfficialLinesSection lines={officialLines} locale={locale} now={now} heading="guideHeading" listClassName="space-y-4" />
      <SourcesList material={material} />
      <nav aria-label={t("heading")} className="flex flex-wrap gap-3 print:hidden">
        <a href={localizedPath(locale, `/rights/${material.slug}/print`)} className="button-secondary">
          {t("print")}
        </a>
        <a href={localizedPath(locale, "/directory")} className="button-primary">
          {t("findHelp")}
        </a>
        <a href={localizedPath(locale, "/hotlines")} className="button-secondary">
          {t("hotlines")}
        </a>
      </nav>
      {otherLanguages.length > 0 ? (
        <p className="text-sm print:hidden">
          {t("otherLanguages")}{" "}
          {otherLanguages.map((entry, index) => (
            <span key={entry.code}>
              {index > 0 ? " · " : null}
              <a href={localizedPath(entry.code, `/rights/${material.slug}`)} lang={entry.code} hrefLang={entry.code}>
                {entry.nativeName}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}

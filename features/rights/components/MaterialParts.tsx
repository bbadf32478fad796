import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import type { KyrMaterialSummary, KyrMaterialView } from "../data";

/** The guide's title and summary, marked with their language when it is not the page's. */
export function MaterialHeader({ material, locale, compact = false }: { material: KyrMaterialSummary; locale: string; compact?: boolean }) {
  return (
    <header className={compact ? "space-y-2" : "space-y-3"} lang={material.lang === locale ? undefined : material.lang}>
      <h1 id="material-title" className={compact ? "text-2xl" : "text-2xl sm:text-3xl"}>
        {material.title}
      </h1>
      <p className={compact ? "text-lg" : "text-lg text-slate-800"}>{material.summary}</p>
    </header>
  );
}

/** Whether an immigration attorney has reviewed the guide, and when; shown with every guide. */
export function LegalReviewStatusText({ material }: { material: KyrMaterialSummary }) {
  const t = useTranslations("Rights");
  const format = useSiteFormat();
  return material.legalReviewStatus === "reviewed" && material.legalReviewedAt
    ? t("reviewedBy", { date: format.date(material.legalReviewedAt, "long") })
    : t("pendingReview");
}

/** When the guide was last reviewed, and whether an immigration attorney has reviewed it. */
export function ReviewNotice({ material }: { material: KyrMaterialView }) {
  const t = useTranslations("Rights");
  const format = useSiteFormat();
  const reviewed = material.legalReviewStatus === "reviewed";
  return (
    <ul className="space-y-1 text-sm" data-testid="review-notice">
      <li>{t("lastReviewed", { date: format.date(material.lastReviewedAt, "long") })}</li>
      <li className={reviewed ? "font-semibold text-green-800" : "font-semibold text-amber-900"}>
        {t("reviewStatus")}: <LegalReviewStatusText material={material} />
      </li>
      {material.translationSource === "machine" ? <li data-testid="machine-translation">{t("machineTranslated")}</li> : null}
    </ul>
  );
}

export function NotLegalAdvice() {
  const t = useTranslations("Rights");
  return (
    <p role="note" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-3 text-amber-950" data-testid="not-legal-advice">
      {t("notLegalAdvice")}
    </p>
  );
}

export function SourcesList({ material }: { material: KyrMaterialView }) {
  const t = useTranslations("Rights");
  return (
    <section aria-labelledby="sources-heading" className="space-y-2">
      <h2 id="sources-heading" className="text-lg">
        {t("sourcesHeading")}
      </h2>
      <ul className="list-disc space-y-1 ps-5 text-sm" dir="ltr" lang="en">
        {material.sources.map((source) => (
          <li key={source.citation}>
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {source.citation}
              </a>
            ) : (
              source.citation
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The guide's text, with its language marked when it is not the reader's. */
export function MaterialBody({ material, locale }: { material: KyrMaterialView; locale: string }) {
  return <div className="kyr-body" lang={material.lang === locale ? undefined : material.lang} dangerouslySetInnerHTML={{ __html: material.html }} />;
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { bundledHotlineName, NATIONAL_HOTLINES } from "@/features/hotlines/national-hotlines";
import { ListingName } from "@/features/listings/components/ListingName";
import { formatUsPhoneNumber, telHref } from "@/features/listings/phone-numbers";

/**
 * Shown when a page fails while rendering (the database going down, for one).
 * Its strings come from the layout's client messages; the national hotlines
 * from the copy bundled with the application, so help is one tap away even
 * when nothing else works.
 */
export default function LocalizedError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  const locale = useLocale();
  return (
    <div className="max-w-2xl space-y-4 py-8" role="alert">
      <h1 className="text-2xl">{t("heading")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button-primary" onClick={reset}>
        {t("retry")}
      </button>
      <section aria-labelledby="error-hotlines-heading" className="space-y-2">
        <h2 id="error-hotlines-heading" className="text-lg">
          {t("hotlinesHeading")}
        </h2>
        <ul className="space-y-2">
          {NATIONAL_HOTLINES.map((hotline) => (
            <li key={hotline.slug}>
              <ListingName value={bundledHotlineName(hotline, locale)} locale={locale} />:{" "}
              <a href={telHref(hotline.number)} className="font-semibold">
                <bdi dir="ltr">{formatUsPhoneNumber(hotline.number)}</bdi>
              </a>
              {hotline.isSample ? <span className="block text-sm text-slate-600">{t("sampleNumber")}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

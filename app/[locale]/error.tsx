"use client";

import { useLocale, useTranslations } from "next-intl";
import { localizedPath } from "@/i18n/paths";

/**
 * Shown when a page fails while rendering. Its strings come from the
 * layout's client messages. It holds no phone numbers of its own (a number
 * compiled into the code could be wrong or fictional): the hotlines page is
 * one tap away, saved for offline use, and while the database is down the
 * server answers it with the outage page and the last numbers it read.
 */
export default function LocalizedError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  const locale = useLocale();
  return (
    <div className="max-w-2xl space-y-4 py-8" role="alert">
      <h1 className="text-2xl">{t("heading")}</h1>
      <p>{t("text")}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="button-primary" onClick={reset}>
          {t("retry")}
        </button>
        <a href={localizedPath(locale, "/hotlines")} className="button-secondary">
          {t("hotlinesLink")}
        </a>
      </div>
    </div>
  );
}

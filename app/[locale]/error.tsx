"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails while rendering; its strings come from the layout's client messages. */
export default function LocalizedError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="max-w-2xl space-y-4 py-8" role="alert">
      <h1 className="text-2xl">{t("heading")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button-primary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}

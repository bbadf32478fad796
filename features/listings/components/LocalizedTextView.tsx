import { useTranslations } from "next-intl";
import type { LocalizedText } from "../translations";

/**
 * Listing text in the reader's language, or in the language it was written
 * in with its `lang` set and a note saying so; machine translations are
 * labelled.
 */
export function LocalizedTextView({
  value,
  locale,
  readerLanguageName,
  as: Element = "p",
  className,
}: {
  value: LocalizedText;
  locale: string;
  readerLanguageName: string;
  as?: "p" | "span" | "div";
  className?: string;
}) {
  const t = useTranslations("Common");
  return (
    <>
      <Element lang={value.lang === locale ? undefined : value.lang} dir="auto" className={className}>
        {value.text}
      </Element>
      {value.isFallback ? <span className="block text-sm italic text-slate-600">{t("notYetAvailable", { language: readerLanguageName })}</span> : null}
      {!value.isFallback && value.source === "machine" ? (
        <span className="badge mt-1 bg-slate-100 text-slate-700">{t("machineTranslation")}</span>
      ) : null}
    </>
  );
}

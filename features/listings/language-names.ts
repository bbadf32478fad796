import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

type OverriddenLanguage = keyof Messages["LanguageNames"];

const displayNamesByLocale = new Map<string, Intl.DisplayNames | null>();

function displayNamesFor(locale: string): Intl.DisplayNames | null {
  if (!displayNamesByLocale.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "none" });
    } catch {
      names = null;
    }
    displayNamesByLocale.set(locale, names);
  }
  return displayNamesByLocale.get(locale) ?? null;
}

/**
 * Names of languages in the reader's language: the `LanguageNames` messages
 * first (Mam, Kʼicheʼ, Qʼanjobʼal and others that Intl lacks), then
 * Intl.DisplayNames, then the code itself.
 */
export async function getLanguageNamer(locale: Locale): Promise<(code: string) => string> {
  const overrides = await getTranslations({ locale, namespace: "LanguageNames" });
  const displayNames = displayNamesFor(locale);
  return (code) => {
    if (overrides.has(code as OverriddenLanguage)) return overrides(code as OverriddenLanguage);
    const name = displayNames?.of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  };
}

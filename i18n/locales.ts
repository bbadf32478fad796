/**
 * The UI locales the site ships. Only complete locales belong here: adding
 * one takes its messages/<code>.json (every key of en.json, checked by the
 * test suite) and one entry in this list.
 */
export const SHIPPED_LOCALES = [
  { code: "en", nativeName: "English", dir: "ltr" },
  { code: "es", nativeName: "Español", dir: "ltr" },
  { code: "zh", nativeName: "中文（简体）", dir: "ltr" },
  { code: "vi", nativeName: "Tiếng Việt", dir: "ltr" },
  { code: "tl", nativeName: "Tagalog", dir: "ltr" },
  { code: "ko", nativeName: "한국어", dir: "ltr" },
  { code: "ar", nativeName: "العربية", dir: "rtl" },
  { code: "fa", nativeName: "فارسی", dir: "rtl" },
  { code: "ht", nativeName: "Kreyòl ayisyen", dir: "ltr" },
  { code: "fr", nativeName: "Français", dir: "ltr" },
  { code: "pt", nativeName: "Português", dir: "ltr" },
  { code: "ru", nativeName: "Русский", dir: "ltr" },
] as const satisfies readonly { code: string; nativeName: string; dir: "ltr" | "rtl" }[];

export type Locale = (typeof SHIPPED_LOCALES)[number]["code"];

export const LOCALE_CODES = SHIPPED_LOCALES.map((locale) => locale.code) as [Locale, ...Locale[]];

export const DEFAULT_LOCALE: Locale = "en";

/** The one cookie the site sets for anonymous visitors: the language they chose. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** How long the remembered language lasts: a year. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function isLocale(value: string): value is Locale {
  return (LOCALE_CODES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return SHIPPED_LOCALES.find((entry) => entry.code === locale)?.dir ?? "ltr";
}

/** The route's locale, already validated by the [locale] layout. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

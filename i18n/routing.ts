import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALE_COOKIE } from "./locales";

export const routing = defineRouting({
  locales: LOCALE_CODES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // The one cookie the site sets for anonymous visitors: the language they
  // chose, and only when it differs from what their browser asks for.
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  alternateLinks: false,
});

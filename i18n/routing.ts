import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./locales";

export const routing = defineRouting({
  locales: LOCALE_CODES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // The one cookie the site sets for anonymous visitors: the language they
  // chose, and only when it differs from what their browser asks for.
  // server.ts applies the same rule to pages under a language prefix
  // (i18n/locale-cookie.ts), which skip the middleware.
  localeCookie: { name: LOCALE_COOKIE, maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: "lax" },
  alternateLinks: false,
});

import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, type Locale } from "./locales";

// Longest codes first, as next-intl orders them (a workaround for a locale
// matcher bug with prefixes); all of ours are two letters today.
const LOCALES_LONGEST_FIRST = [...LOCALE_CODES].sort((a, b) => b.length - a.length);

/**
 * The language a browser's Accept-Language asks for among ours, decided the
 * way next-intl's middleware decides it (the same negotiator and matcher),
 * so that server.ts and proxy.ts never disagree; undefined when the header
 * cannot be matched.
 */
export function acceptLanguageLocale(acceptLanguage: string | undefined): Locale | undefined {
  const languages = new Negotiator({ headers: { "accept-language": acceptLanguage || undefined } }).languages();
  try {
    const matched = match(languages, LOCALES_LONGEST_FIRST, DEFAULT_LOCALE).toLowerCase();
    return LOCALE_CODES.find((code) => code === matched);
  } catch {
    return undefined;
  }
}

export interface LocaleCookieRequest {
  /** The raw Cookie header. */
  cookie: string | undefined;
  acceptLanguage: string | undefined;
  secFetchDest: string | undefined;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const pair of (cookieHeader ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    const raw = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * The Set-Cookie header a page of `locale` answers with, or null: the same
 * rule as next-intl's middleware. The choice is remembered when it differs
 * from the cookie, or, without a cookie, from what the browser asks for; only
 * for documents, never for the router's background fetches.
 */
export function localeCookieToSet(locale: Locale, request: LocaleCookieRequest, now = Date.now()): string | null {
  if (request.secFetchDest !== undefined && request.secFetchDest !== "document") return null;
  const remembered = cookieValue(request.cookie, LOCALE_COOKIE);
  const remember = remembered === undefined ? acceptLanguageLocale(request.acceptLanguage) !== locale : remembered !== locale;
  if (!remember) return null;
  const expires = new Date(now + LOCALE_COOKIE_MAX_AGE_SECONDS * 1000).toUTCString();
  return `${LOCALE_COOKIE}=${locale}; Path=/; Expires=${expires}; Max-Age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; SameSite=lax`;
}

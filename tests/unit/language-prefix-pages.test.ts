import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { describe, expect, it } from "vitest";
import { acceptLanguageLocale, localeCookieToSet } from "@/i18n/locale-cookie";
import { LOCALE_CODES, type Locale } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { vouchedSameOrigin } from "@/lib/security-headers";
import { config as proxyConfig } from "@/proxy";

/**
 * server.ts prepares pages under a language prefix without the proxy; these
 * hold its decisions to the ones next-intl's middleware makes for the same
 * requests, and the proxy's matcher to the paths server.ts does not take.
 */
const nextIntlMiddleware = createMiddleware(routing);

const ACCEPT_LANGUAGES = [undefined, "", "en-US,en;q=0.9", "es-MX,es;q=0.9", "ar", "zh-Hant-TW,zh;q=0.8", "pt-BR", "ht,fr;q=0.5", "de-DE,de;q=0.9", "*", "fa;q=0,en;q=0.1", "x-klingon", ";;;"];
const COOKIES = [undefined, "NEXT_LOCALE=es", "NEXT_LOCALE=ar; other=1", "other=1", "NEXT_LOCALE=", "NEXT_LOCALE=xx", "NEXT_LOCALE=%61r"];
const DESTINATIONS = [undefined, "document", "empty"];
const PAGE_LOCALES: Locale[] = ["en", "es", "ar", "zh"];

function withoutExpiry(setCookie: string | null): string | null {
  return setCookie?.replace(/; Expires=[^;]+/, "") ?? null;
}

describe("the remembered language on pages under a language prefix", () => {
  it("is set exactly when next-intl's middleware would set it, with the same cookie", () => {
    let compared = 0;
    let set = 0;
    for (const locale of PAGE_LOCALES)
      for (const acceptLanguage of ACCEPT_LANGUAGES)
        for (const cookie of COOKIES)
          for (const secFetchDest of DESTINATIONS) {
            const headers = new Headers();
            if (acceptLanguage !== undefined) headers.set("accept-language", acceptLanguage);
            if (cookie !== undefined) headers.set("cookie", cookie);
            if (secFetchDest !== undefined) headers.set("sec-fetch-dest", secFetchDest);
            const expected = nextIntlMiddleware(new NextRequest(`http://localhost:3000/${locale}/directory?near=60601`, { headers })).headers.get("set-cookie");
            const actual = localeCookieToSet(locale, { cookie, acceptLanguage, secFetchDest });
            expect(withoutExpiry(actual), JSON.stringify({ locale, acceptLanguage, cookie, secFetchDest })).toBe(withoutExpiry(expected));
            compared++;
            if (actual) set++;
          }
    expect(compared).toBe(PAGE_LOCALES.length * ACCEPT_LANGUAGES.length * COOKIES.length * DESTINATIONS.length);
    // Both outcomes occur, so the comparison covers each.
    expect(set).toBeGreaterThan(0);
    expect(set).toBeLessThan(compared);
  });

  it("expires a year after it is set", () => {
    const now = Date.UTC(2026, 10, 30, 12);
    expect(localeCookieToSet("ar", { cookie: undefined, acceptLanguage: "en", secFetchDest: "document" }, now)).toBe(
      "NEXT_LOCALE=ar; Path=/; Expires=Tue, 30 Nov 2027 12:00:00 GMT; Max-Age=31536000; SameSite=lax",
    );
  });

  it("negotiates the browser's language to the closest one the site ships", () => {
    expect(acceptLanguageLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(acceptLanguageLocale("de-DE,ar;q=0.5")).toBe("ar");
    expect(acceptLanguageLocale("de-DE")).toBe("en");
  });
});

describe("forms posted without JavaScript", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name];

  it("get this site's origin only when the browser says the post is same-origin", () => {
    expect(vouchedSameOrigin("POST", headers({ origin: "null", "sec-fetch-site": "same-origin", host: "kyr.example" }), "https:")).toBe("https://kyr.example");
    expect(vouchedSameOrigin("POST", headers({ origin: "null", "sec-fetch-site": "same-origin", host: "a", "x-forwarded-host": "kyr.example" }), "https:")).toBe("https://kyr.example");
    expect(vouchedSameOrigin("POST", headers({ origin: "null", "sec-fetch-site": "cross-site", host: "kyr.example" }), "https:")).toBeNull();
    expect(vouchedSameOrigin("POST", headers({ origin: "https://evil.example", "sec-fetch-site": "same-origin", host: "kyr.example" }), "https:")).toBeNull();
    expect(vouchedSameOrigin("GET", headers({ origin: "null", "sec-fetch-site": "same-origin", host: "kyr.example" }), "https:")).toBeNull();
  });
});

describe("the proxy's matcher", () => {
  const matcher = proxyConfig.matcher[0] ?? "";
  const matches = (path: string) => new RegExp(`^${matcher}$`).test(path);

  it("names exactly the shipped languages it leaves to server.ts", () => {
    const written = /\(\?:([a-z|]+)\)\(\?:\/\|\$\)/.exec(matcher)?.[1]?.split("|");
    expect(written?.toSorted()).toEqual([...LOCALE_CODES].toSorted());
  });

  it("takes the paths outside a language prefix and leaves the rest", () => {
    for (const path of ["/", "/directory", "/EN/directory", "/english", "/esp/x", "/e"]) expect(matches(path), path).toBe(true);
    for (const path of ["/en", "/en/directory", "/ar/rights/at-work", "/ht/", "/api/health", "/_next/static/x.js", "/sw.js"]) expect(matches(path), path).toBe(false);
  });
});

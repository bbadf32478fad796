import type { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { pageSecurity } from "@/lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

/**
 * Paths outside a language prefix pass through here (the root, an unknown
 * or miswritten prefix), for next-intl to send them to the visitor's
 * language, and for a CSP nonce for the not-found page. server.ts prepares
 * the pages under a language prefix itself (nonce, remembered language,
 * outage page): Next.js's middleware machinery cost a tenth of such a page's
 * CPU (docs/decisions/013-pages-under-a-language-prefix-skip-the-proxy.md).
 */
export function proxy(request: NextRequest): NextResponse {
  // The other security headers, HSTS included, server.ts puts on every response.
  const { nonce, contentSecurityPolicy: policy } = pageSecurity();
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension
  // (the service worker, the manifest, icons); and not the paths under a
  // language prefix, which server.ts prepares. Next.js needs a literal here,
  // so the codes are written out; a unit test holds them to LOCALE_CODES.
  matcher: ["/((?!api/|_next/|(?:en|es|zh|vi|tl|ko|ar|fa|ht|fr|pt|ru)(?:/|$)|.*\\..*).*)"],
};

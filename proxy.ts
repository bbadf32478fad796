import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { unavailablePageHtml } from "@/features/site/unavailable-page";
import { isLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { routing } from "@/i18n/routing";
import { isDatabaseAvailable } from "@/lib/health";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/lib/security-headers";
import { siteUrl } from "@/lib/site-url";

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page passes through here:
 * - while the database does not answer, a localized 503 page with the
 *   bundled national hotlines (App Router pages cannot answer 503);
 * - a fresh CSP nonce per request, which Next.js puts on its own scripts;
 * - language negotiation and the remembered choice (next-intl).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const hsts = strictTransportSecurity(siteUrl(), process.env.NODE_ENV === "production");

  const firstSegment = request.nextUrl.pathname.split("/")[1] ?? "";
  let response: NextResponse;
  if (isLocale(firstSegment) && !(await isDatabaseAvailable())) {
    response = new NextResponse(unavailablePageHtml(firstSegment, await loadMessages(firstSegment), nonce), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
    });
  } else {
    vouchForSameOriginFormPost(request);
    request.headers.set("x-nonce", nonce);
    request.headers.set("content-security-policy", policy);
    response = handleI18nRouting(request);
  }
  response.headers.set("Content-Security-Policy", policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * A form posted without JavaScript arrives with "Origin: null", because the
 * site's referrer policy is no-referrer, and Next.js then refuses the server
 * action as a possible cross-site request. The browser's Sec-Fetch-Site
 * header, which no page can forge, still tells a post from this site apart;
 * only then does the origin become this site's own.
 */
function vouchForSameOriginFormPost(request: NextRequest): void {
  if (request.method === "POST" && request.headers.get("origin") === "null" && request.headers.get("sec-fetch-site") === "same-origin") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (host) request.headers.set("origin", `${request.nextUrl.protocol}//${host}`);
  }
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension
  // (the service worker, the manifest, icons).
  matcher: ["/((?!api/|_next/|.*\\..*).*)"],
};

/**
 * Security headers. server.ts puts securityHeaders() on every response it
 * gives, before anything else handles the request (docs/decisions/019-honest-responses.md);
 * the Content Security Policy carries a per-request nonce, so each page gets
 * its own (pageSecurity): from server.ts for pages under a language prefix,
 * from proxy.ts for the rest (see docs/decisions/003-nonce-csp-dynamic-pages.md).
 */
import { siteUrl } from "./site-url";

export interface SecurityHeader {
  key: string;
  value: string;
}

/** The headers every response carries: the same for all, and HSTS where the site is served over HTTPS. */
export function securityHeaders(siteOrigin: string = siteUrl()): SecurityHeader[] {
  const hsts = strictTransportSecurity(siteOrigin);
  return [...staticSecurityHeaders(), ...(hsts ? [{ key: "Strict-Transport-Security", value: hsts }] : [])];
}

function staticSecurityHeaders(): SecurityHeader[] {
  return [
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value: [
        "geolocation=(self)",
        "camera=()",
        "microphone=()",
        "payment=()",
        "usb=()",
        "serial=()",
        "bluetooth=()",
        "magnetometer=()",
        "gyroscope=()",
        "accelerometer=()",
        "interest-cohort=()",
        "browsing-topics=()",
      ].join(", "),
    },
  ];
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const scriptSources = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  // React's development build evaluates code for its debugging tools.
  if (options.development) scriptSources.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `manifest-src 'self'`,
    `worker-src 'self'`,
    `media-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `frame-src 'none'`,
  ].join("; ");
}

/** Host names that only ever mean this machine. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * HSTS when the site's public origin (SITE_URL) is HTTPS on a real host name.
 * It follows the configuration, not NODE_ENV or the request: behind a
 * TLS-terminating proxy the app itself only sees plain HTTP, and browsers
 * ignore the header on plain HTTP anyway. Never for localhost, where it would
 * pin a developer's browser to HTTPS for every local project for two years.
 */
export function strictTransportSecurity(siteOrigin: string): string | null {
  let url: URL;
  try {
    url = new URL(siteOrigin);
  } catch {
    return null;
  }
  return url.protocol === "https:" && !isLoopbackHost(url.hostname) ? "max-age=63072000; includeSubDomains" : null;
}

export interface PageSecurity {
  nonce: string;
  contentSecurityPolicy: string;
}

/** A fresh nonce for one page, with the policy that allows it. */
export function pageSecurity(): PageSecurity {
  const nonce = createNonce();
  return { nonce, contentSecurityPolicy: contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" }) };
}

/**
 * A form posted without JavaScript arrives with "Origin: null", because the
 * site's referrer policy is no-referrer, and Next.js then refuses the server
 * action as a possible cross-site request. The browser's Sec-Fetch-Site
 * header, which no page can forge, still tells a post from this site apart;
 * only then is the origin this site's own (returned here, to put in the
 * request's Origin header), otherwise null.
 */
export function vouchedSameOrigin(method: string | undefined, header: (name: string) => string | null | undefined, protocol: string): string | null {
  if (method !== "POST" || header("origin") !== "null" || header("sec-fetch-site") !== "same-origin") return null;
  const host = header("x-forwarded-host") ?? header("host");
  return host ? `${protocol}//${host}` : null;
}

/**
 * Security headers. The static ones apply to every response (next.config.ts);
 * the Content Security Policy carries a per-request nonce, so each page gets
 * its own (pageSecurity): from server.ts for pages under a language prefix,
 * from proxy.ts for the rest (see docs/decisions/003-nonce-csp-dynamic-pages.md).
 */
import { siteUrl } from "./site-url";

export function staticSecurityHeaders(): { key: string; value: string }[] {
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

/** HSTS only where the site is really served over HTTPS in production. */
export function strictTransportSecurity(siteOrigin: string, production: boolean): string | null {
  return production && siteOrigin.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

export interface PageSecurity {
  nonce: string;
  contentSecurityPolicy: string;
  strictTransportSecurity: string | null;
}

/** A fresh nonce for one page, with the policy that allows it. */
export function pageSecurity(): PageSecurity {
  const nonce = createNonce();
  return {
    nonce,
    contentSecurityPolicy: contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" }),
    strictTransportSecurity: strictTransportSecurity(siteUrl(), process.env.NODE_ENV === "production"),
  };
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

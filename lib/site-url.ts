/**
 * The public origin used for absolute URLs (JSON-LD, share links). Set
 * SITE_URL in production; the default matches `npm start` on this machine.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}

export function absoluteUrl(pathname: string): string {
  return `${siteUrl()}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}

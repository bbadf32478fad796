import { localizedPath } from "@/i18n/paths";

/**
 * A `next` or `returnTo` path from a form or a link, kept only when it leads
 * to a staff page of this site in the same language: never elsewhere (an
 * open redirect would let a phishing link pass through this site).
 */
export function safeReturnPath(locale: string, path: string | null | undefined): string | null {
  if (!path) return null;
  const portal = localizedPath(locale, "/portal");
  const admin = localizedPath(locale, "/admin");
  if (!/^\/[A-Za-z0-9/_?=&%.-]*$/.test(path) || path.startsWith("//") || path.includes("..")) return null;
  const pathname = path.split("?")[0] ?? "";
  const allowed = [portal, admin].some((base) => pathname === base || pathname.startsWith(`${base}/`));
  return allowed ? path : null;
}

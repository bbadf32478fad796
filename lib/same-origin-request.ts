/**
 * Whether a request comes from a page of this site, for the few endpoints a
 * cross-site page must not be able to call (a form on another site can post
 * to any URL without a preflight).
 *
 * Browsers send Sec-Fetch-Site with every request (no page can set it), and
 * Origin with every POST: "null" from our own pages, whose referrer policy is
 * no-referrer (docs/decisions/004-no-referrer-and-server-actions.md). So:
 * - Sec-Fetch-Site, when present, must say "same-origin";
 * - Origin, when it names an origin, must be the site's own (SITE_URL);
 * - and one of the two must vouch for the request: a request with neither
 *   (not from a browser, or from one too old to say) is refused.
 */
export function isSameOriginRequest(header: (name: string) => string | null | undefined, siteOrigin: string): boolean {
  const fetchSite = header("sec-fetch-site") ?? null;
  const origin = header("origin") ?? null;
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const namedOrigin = origin !== null && origin !== "null" ? origin : null;
  if (namedOrigin !== null && namedOrigin !== originOf(siteOrigin)) return false;
  return fetchSite === "same-origin" || namedOrigin !== null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

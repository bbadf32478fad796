import { isSameOriginRequest } from "@/lib/same-origin-request";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

/**
 * Quick exit calls this: the Clear-Site-Data header makes the browser forget
 * this site's cookies, storage and cached pages. Nothing is recorded. Only a
 * page of this site may ask: another site could otherwise post here (no
 * preflight for a plain POST) and wipe a visitor's saved hotlines or sign a
 * staff member out.
 */
export function POST(request: Request): Response {
  if (!isSameOriginRequest((name) => request.headers.get(name), siteUrl())) {
    return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(null, {
    status: 204,
    headers: { "Clear-Site-Data": '"cache", "cookies", "storage"', "Cache-Control": "no-store" },
  });
}

export const dynamic = "force-dynamic";

/**
 * Quick exit calls this: the Clear-Site-Data header makes the browser forget
 * this site's cookies, storage and cached pages. Nothing is recorded.
 */
export function POST(): Response {
  return new Response(null, {
    status: 204,
    headers: { "Clear-Site-Data": '"cache", "cookies", "storage"', "Cache-Control": "no-store" },
  });
}

/** URL slugs from names: ASCII, lowercase, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/g, "");
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a URL segment can be a slug `slugify` made; anything else is answered as not found without a query. */
export function isSlug(text: string): boolean {
  return text.length <= 120 && SLUG_PATTERN.test(text);
}

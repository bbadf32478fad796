/**
 * One normal form for keyword search, the same on every database: lowercase,
 * without accents or Arabic short vowels, punctuation turned into spaces.
 * Isomorphic.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\p{Diacritic}\p{Mn}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, each of which a result must contain. */
export function searchTokens(query: string): string[] {
  return [...new Set(normalizeSearchText(query).split(" ").filter(Boolean))];
}

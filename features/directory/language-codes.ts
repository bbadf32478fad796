import { iso6393, iso6393To1, iso6393To2B } from "iso-639-3";

/**
 * Language codes in search URLs: ISO 639-1 where one exists ("spa" and "es"
 * are the same filter), ISO 639-3 otherwise ("mam", "quc"). Data from the
 * `iso-639-3` package; loaded on the server only (the search schema is never
 * imported by client components).
 */
const ISO_639_1 = new Set(Object.values(iso6393To1));
const ISO_639_3 = new Set(iso6393.map((language) => language.iso6393));
const BIBLIOGRAPHIC_TO_639_3 = new Map(Object.entries(iso6393To2B).map(([code3, code2b]) => [code2b, code3]));

/** "es", "spa", "SPA" → "es"; "mam" → "mam"; unknown codes → null. */
export function normalizeLanguageCode(value: string): string | null {
  const code = value.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(code)) return ISO_639_1.has(code) ? code : null;
  if (!/^[a-z]{3}$/.test(code)) return null;
  const code3 = ISO_639_3.has(code) ? code : BIBLIOGRAPHIC_TO_639_3.get(code);
  if (!code3) return null;
  return iso6393To1[code3] ?? code3;
}

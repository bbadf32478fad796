/** The fixed query mixes of `npm run bench:search`: ZIPs across the country, with and without filters, and with keywords. */
export const ZIPS = [
  "60601", "10001", "90012", "77002", "33130", "85003", "98104", "80202", "30303", "78205",
  "02128", "07105", "19104", "20009", "21201", "27701", "28202", "32801", "37211", "40202",
  "43215", "46204", "48201", "53204", "55407", "63103", "64108", "68107", "70112", "73102",
  "75201", "79901", "84104", "87102", "89101", "92101", "94601", "95814", "97220", "99201",
];
const FILTER_MIX: Record<string, string>[] = [
  {},
  { service: "asylum" },
  { lang: "es" },
  { cost: "free", walkin: "1" },
  { service: "daca", lang: "vi" },
];
export const QUERY_MIX: Record<string, string>[] = ZIPS.flatMap((zip) => FILTER_MIX.map((filters) => ({ near: zip, ...filters }))); // 200

/*
 * Keyword searches (`q`): a type of help by its English name, the start of
 * its Spanish and French names, two accented Spanish words, a word every
 * synthetic listing has (so every listing around the place passes), and the
 * Arabic for asylum without its article (the label says "اللجوء"), one with
 * a filter.
 */
const KEYWORD_MIX: Record<string, string>[] = [
  { q: "asylum" },
  { q: "asil" },
  { q: "protección temporal" },
  { q: "legal", lang: "es" },
  { q: "لجوء" },
];
export const KEYWORD_QUERY_MIX: Record<string, string>[] = ZIPS.flatMap((zip) => KEYWORD_MIX.map((query) => ({ near: zip, ...query }))); // 200

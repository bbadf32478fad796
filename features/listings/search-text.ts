/**
 * One normal form for keyword search: lowercase, without accents or Arabic
 * short vowels, punctuation turned into spaces, Korean letters composed
 * again into syllables (decomposing took them apart). Isomorphic.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\p{Diacritic}\p{Mn}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .normalize("NFC");
}

/** The words of a query, each of which a result must contain. */
export function searchTokens(query: string): string[] {
  return [...new Set(normalizeSearchText(query).split(" ").filter(Boolean))];
}

/*
 * Keyword search matches the start of words: "asyl" finds "asylum". A text
 * becomes its keys (the words it is found by), a query its keys (each of which
 * must start a key of the listing). Two kinds of writing need more than
 * words between spaces (docs/decisions/020):
 * - Chinese, Japanese and Korean: Chinese and Japanese put no spaces between
 *   words, and Korean attaches endings and compounds its nouns. Their runs of
 *   letters are keyed by overlapping pairs of letters ("临时保护" gives 临时,
 *   时保, 保护 and 护), so a query finds any part of a run: "保护" as a pair,
 *   "护" as the start of one. A query of several letters asks for each of its
 *   pairs.
 * - Arabic writes "the", "and", "for" and "with" joined to the word: the
 *   label "اللجوء" (the asylum) is also keyed without its article, "لجوء",
 *   as a resident types it. The index gets both forms; queries stay as typed.
 */

const PAIRED_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PAIRED_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const ARABIC_WORD = /^\p{Script=Arabic}/u;
/** The article joined to a word, alone or after "with", "like", "so" or "for" ("لل": ل and ال), longest first. */
const ARABIC_ARTICLES = ["بال", "كال", "فال", "لل", "ال"];

/** The forms of an Arabic word without the conjunction "و" and the article joined to it (light stemming, prefixes only). */
function arabicForms(word: string): string[] {
  const forms = [word];
  let stem = word;
  if (stem.startsWith("و") && stem.length > 3) {
    stem = stem.slice(1);
    forms.push(stem);
  }
  const article = ARABIC_ARTICLES.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2);
  if (article) forms.push(stem.slice(article.length));
  return forms;
}

/** Keys of one normalized word; `forIndex` adds what only the index needs (a run's last letter, Arabic forms). */
function keysOfWord(word: string, forIndex: boolean): string[] {
  if (!PAIRED_LETTERS.test(word)) return forIndex && ARABIC_WORD.test(word) ? arabicForms(word) : [word];
  const keys: string[] = [];
  for (const run of word.match(PAIRED_RUNS) ?? []) {
    if (!PAIRED_LETTERS.test(run)) {
      keys.push(...(forIndex && ARABIC_WORD.test(run) ? arabicForms(run) : [run]));
      continue;
    }
    const letters = Array.from(run);
    if (letters.length === 1) {
      keys.push(run);
      continue;
    }
    for (let index = 0; index + 1 < letters.length; index++) keys.push(`${letters[index]}${letters[index + 1]}`);
    if (forIndex) keys.push(letters[letters.length - 1] as string);
  }
  return keys;
}

/** The distinct keys a listing's texts are found by, sorted (by UTF-16 code units, as `<` compares). */
export function keywordKeys(texts: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of normalizeSearchText(text).split(" ")) if (word) for (const key of keysOfWord(word, true)) keys.add(key);
  }
  return [...keys].sort();
}

/** The keys of a query: a listing matches when each starts one of its keys. */
export function queryKeys(query: string): string[] {
  return [...new Set(searchTokens(query).flatMap((token) => keysOfWord(token, false)))];
}

/** Keys in one text column ("key key key"), and back. */
export function encodeKeys(keys: readonly string[]): string {
  return keys.join(" ");
}

export function decodeKeys(encoded: string): string[] {
  return encoded === "" ? [] : encoded.split(" ");
}

/** Whether a sorted list of keys has one that starts with `prefix`: the first key not before it does, if any does. */
export function hasKeyStartingWith(sortedKeys: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sortedKeys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedKeys[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sortedKeys.length && (sortedKeys[low] as string).startsWith(prefix);
}

import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * The checks every locale's messages pass before it ships (tests/unit/messages.test.ts)
 * and that translators can run on their own file (`npm run messages:check -- <locale>`):
 * the same keys as English, nothing empty, valid ICU with the same
 * placeholders and tags, plural categories the language has, and no text
 * left in English unless it is a name.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [child, text] of flattenMessages(value, name)) entries.set(child, text);
  }
  return entries;
}

/** Argument and tag names a message uses; a translation must use the same ones. */
function placeholders(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) names.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      names.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, names);
    }
    if (element.type === TYPE.tag) {
      names.add(`<${element.value}>`);
      placeholders(element.children, names);
    }
  }
  return names;
}

/** Plural selectors that are not a category of the language (exact matches like =0 are always fine), and selects or plurals without `other`. */
function pluralProblems(elements: MessageFormatElement[], categories: Set<string>, problems: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (!("other" in element.options)) problems.push(`"${element.value}" has no "other" case`);
      for (const [selector, option] of Object.entries(element.options)) {
        if (element.type === TYPE.plural && !selector.startsWith("=") && !categories.has(selector)) {
          problems.push(`"${element.value}" uses the plural category "${selector}", which this language does not have`);
        }
        pluralProblems(option.value, categories, problems);
      }
    }
    if (element.type === TYPE.tag) pluralProblems(element.children, categories, problems);
  }
  return problems;
}

/**
 * Messages that may read the same as in English: names and codes. Everything
 * else left identical is an untranslated message.
 */
const MAY_MATCH_ENGLISH = [/^LanguageNames\./, /^Translate\.download(Xliff|Json)$/];

/** A message with no word of its own: placeholders and punctuation only ("{field}: {message}"), the same in every language. */
function hasNoWords(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ""));
}

/** Whether a text reads as in English where it should not (names, wordless messages and reviewer-confirmed keys may). */
function leftInEnglish(locale: string, key: string, text: string, englishText: string, allowedSameAsEnglish: readonly string[]): boolean {
  return (
    locale !== "en" &&
    text === englishText &&
    !hasNoWords(englishText) &&
    !MAY_MATCH_ENGLISH.some((pattern) => pattern.test(key)) &&
    !allowedSameAsEnglish.includes(key)
  );
}

export interface MessageCheckResult {
  /** English keys the locale lacks. */
  missing: string[];
  /** Everything else that keeps the file from shipping: extra keys, empty texts, broken ICU, placeholders, plurals. */
  problems: string[];
  /** Keys whose text is the same as English (allowed only for names). */
  sameAsEnglish: string[];
}

/**
 * `allowedSameAsEnglish`: keys a reviewer confirmed may read as in English in
 * this locale (i18n/same-as-english.json), such as "DACA" or "{distance} mi".
 */
export function checkMessages(locale: string, english: MessageTree, translated: MessageTree, allowedSameAsEnglish: readonly string[] = []): MessageCheckResult {
  const source = flattenMessages(english);
  const target = flattenMessages(translated);
  const problems: string[] = [];
  const missing = [...source.keys()].filter((key) => !target.has(key));
  for (const key of target.keys()) if (!source.has(key)) problems.push(`${key}: not in en.json`);
  const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const sameAsEnglish: string[] = [];
  for (const [key, text] of target) {
    const englishText = source.get(key);
    if (text.trim() === "") {
      problems.push(`${key}: empty`);
      continue;
    }
    let elements: MessageFormatElement[];
    try {
      elements = parse(text);
    } catch (error) {
      problems.push(`${key}: not valid ICU (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    for (const problem of pluralProblems(elements, categories)) problems.push(`${key}: ${problem}`);
    if (englishText === undefined) continue;
    const expected = [...placeholders(parse(englishText))].sort().join(", ");
    const actual = [...placeholders(elements)].sort().join(", ");
    if (expected !== actual) problems.push(`${key}: placeholders [${actual}] instead of [${expected}]`);
    if (leftInEnglish(locale, key, text, englishText, allowedSameAsEnglish)) sameAsEnglish.push(key);
  }
  return { missing, problems, sameAsEnglish };
}

/** How many of English's messages a locale has translated (present, not empty, not left in English unless allowed). */
export function translationProgress(locale: string, english: MessageTree, translated: MessageTree, allowedSameAsEnglish: readonly string[] = []): { translated: number; total: number } {
  const source = flattenMessages(english);
  const target = flattenMessages(translated);
  let count = 0;
  for (const [key, englishText] of source) {
    const text = target.get(key);
    if (!text?.trim()) continue;
    if (!leftInEnglish(locale, key, text, englishText, allowedSameAsEnglish)) count++;
  }
  return { translated: count, total: source.size };
}

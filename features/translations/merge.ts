import { checkMessages, flattenMessages, type MessageTree } from "@/i18n/message-checks";
import { messagesFromUnits } from "./catalog";

export interface MessageMerge {
  /** The locale's messages with the imported texts, in the order and nesting of en.json. */
  messages: MessageTree;
  /** Problems that make the merged file unfit to ship (broken ICU, placeholders, plural categories...). */
  problems: string[];
  /** English keys the locale still lacks; a volunteer may send part of a language. */
  missing: string[];
  /** Keys in the imported file that en.json does not have; ignored. */
  unknown: string[];
  sameAsEnglish: string[];
  /** How many imported texts differ from the locale's current ones. */
  changed: number;
}

/** Merges a translator's texts over a locale's current messages and checks the result. */
export function mergeTranslatedTexts(
  locale: string,
  english: MessageTree,
  current: MessageTree,
  imported: ReadonlyMap<string, string>,
  allowedSameAsEnglish: readonly string[],
): MessageMerge {
  const englishKeys = flattenMessages(english);
  const currentTexts = flattenMessages(current);
  const messages = messagesFromUnits(english, new Map([...currentTexts, ...imported]));
  const { missing, problems, sameAsEnglish } = checkMessages(locale, english, messages, allowedSameAsEnglish);
  return {
    messages,
    problems,
    missing,
    unknown: [...imported.keys()].filter((key) => !englishKeys.has(key)),
    sameAsEnglish,
    changed: [...imported].filter(([key, text]) => englishKeys.has(key) && currentTexts.get(key) !== text).length,
  };
}

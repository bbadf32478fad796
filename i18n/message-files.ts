import fs from "node:fs";
import path from "node:path";
import type { MessageTree } from "./message-checks";
import sameAsEnglish from "./same-as-english.json";

/**
 * The raw messages files, for the checks, the translators' files and their
 * scripts (the app itself imports them precompiled, which keeps no source
 * text). Node only. A language without a file yet has no messages.
 */
export function readMessageTree(locale: string): MessageTree {
  const file = path.join(process.cwd(), "messages", `${locale}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as MessageTree) : {};
}

/** Keys a reviewer confirmed may read as in English in a locale (i18n/same-as-english.json). */
export function allowedSameAsEnglish(locale: string): string[] {
  return (sameAsEnglish as Record<string, string[] | undefined>)[locale] ?? [];
}

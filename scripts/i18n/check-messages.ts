/**
 * `npm run messages:check -- <locale>`: runs the checks a locale's messages
 * must pass (i18n/message-checks.ts) on messages/<locale>.json and prints
 * every problem; for translators working on a file before it ships.
 */
import fs from "node:fs";
import path from "node:path";
import { checkMessages, type MessageTree } from "@/i18n/message-checks";

const locale = process.argv[2];
if (!locale || !/^[a-z]{2,3}$/.test(locale)) {
  console.error("Usage: npm run messages:check -- <locale>   (for example: npm run messages:check -- ht)");
  process.exit(2);
}
const read = (code: string) => JSON.parse(fs.readFileSync(path.join("messages", `${code}.json`), "utf8")) as MessageTree;
const allowed = (JSON.parse(fs.readFileSync(path.join("i18n", "same-as-english.json"), "utf8")) as Record<string, string[]>)[locale] ?? [];
const { problems, sameAsEnglish } = checkMessages(locale, read("en"), read(locale), allowed);
for (const problem of problems) console.log(`problem: ${problem}`);
for (const key of sameAsEnglish) console.log(`same as English: ${key}`);
console.log(problems.length + sameAsEnglish.length === 0 ? `messages/${locale}.json passes every check.` : `\n${problems.length} problem(s), ${sameAsEnglish.length} message(s) still in English.`);
process.exit(problems.length + sameAsEnglish.length === 0 ? 0 : 1);

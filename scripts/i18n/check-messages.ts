/**
 * `npm run messages:check -- <locale>`: runs the checks a locale's messages
 * must pass (i18n/message-checks.ts) on messages/<locale>.json and prints
 * every problem; for translators working on a file before it ships.
 */
import { checkMessages } from "@/i18n/message-checks";
import { allowedSameAsEnglish, readMessageTree } from "@/i18n/message-files";

const locale = process.argv[2];
if (!locale || !/^[a-z]{2,3}$/.test(locale)) {
  console.error("Usage: npm run messages:check -- <locale>   (for example: npm run messages:check -- ht)");
  process.exit(2);
}
const { missing, problems: otherProblems, sameAsEnglish } = checkMessages(locale, readMessageTree("en"), readMessageTree(locale), allowedSameAsEnglish(locale));
const problems = [...missing.map((key) => `${key}: missing`), ...otherProblems];
for (const problem of problems) console.log(`problem: ${problem}`);
for (const key of sameAsEnglish) console.log(`same as English: ${key}`);
console.log(problems.length + sameAsEnglish.length === 0 ? `messages/${locale}.json passes every check.` : `\n${problems.length} problem(s), ${sameAsEnglish.length} message(s) still in English.`);
process.exit(problems.length + sameAsEnglish.length === 0 ? 0 : 1);

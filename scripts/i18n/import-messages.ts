/**
 * `npm run messages:import -- <file> [--locale <code>]`: takes a file a
 * translator returns (XLIFF 2.0 or the JSON export of /<locale>/translate),
 * merges its texts into messages/<locale>.json and writes the file only
 * when the result passes every check (i18n/message-checks.ts), so a broken
 * placeholder or plural never reaches the site.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fromChromeJson, fromXliff } from "@/features/translations/formats";
import { mergeTranslatedTexts } from "@/features/translations/merge";
import { flattenMessages } from "@/i18n/message-checks";
import { allowedSameAsEnglish, readMessageTree } from "@/i18n/message-files";

const USAGE = "Usage: npm run messages:import -- <file.xlf|file.json> [--locale <code>]   (--locale is required for JSON files)";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { locale: { type: "string" } } });
const file = positionals[0];
if (!file) fail(USAGE);


let imported: { locale?: string; texts: Map<string, string> };
try {
  const content = fs.readFileSync(file, "utf8");
  imported = /\.(xlf|xliff)$/i.test(file) ? fromXliff(content) : { texts: fromChromeJson(content) };
} catch (error) {
  fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const locale = values.locale ?? imported.locale;
if (!locale || !/^[a-z]{2,3}$/.test(locale) || locale === "en") fail(`${USAGE}\nThe file's language must be a language code other than en (got "${locale ?? ""}").`);
if (values.locale && imported.locale && values.locale !== imported.locale) fail(`The file is for "${imported.locale}", not "${values.locale}".`);

const english = readMessageTree("en");
const merge = mergeTranslatedTexts(locale, english, readMessageTree(locale), imported.texts, allowedSameAsEnglish(locale));
for (const key of merge.unknown) console.log(`ignored (not in en.json): ${key}`);
if (merge.problems.length > 0) {
  for (const problem of merge.problems) console.log(`problem: ${problem}`);
  fail(`\nmessages/${locale}.json was not changed: fix the ${merge.problems.length} problem(s) above in the file and import it again.`);
}

const target = path.join("messages", `${locale}.json`);
// Written beside the target and renamed over it, so an interrupted import never leaves half a file.
const temporary = `${target}.${process.pid}.tmp`;
fs.writeFileSync(temporary, `${JSON.stringify(merge.messages, null, 2)}\n`);
fs.renameSync(temporary, target);
for (const key of merge.sameAsEnglish) console.log(`still in English: ${key}`);
for (const key of merge.missing) console.log(`still to translate: ${key}`);
const total = flattenMessages(english).size;
console.log(`messages/${locale}.json: ${merge.changed} text(s) changed, ${total - merge.missing.length - merge.sameAsEnglish.length} of ${total} translated.`);

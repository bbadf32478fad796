import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { translationProgress, type MessageTree } from "@/i18n/message-checks";
import sameAsEnglish from "@/i18n/same-as-english.json";
import { isLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { translationUnits, type TranslationUnit } from "./catalog";

/**
 * The raw message files (the app itself imports them precompiled, which
 * keeps no source text to show or export).
 */
async function readMessageFile(locale: string): Promise<MessageTree> {
  try {
    return JSON.parse(await fs.readFile(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as MessageTree;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
}

/**
 * Languages a translator can download a file for: the shipped locales and
 * any language the site names (en.json LanguageNames), so work on a new
 * language can start from an empty file.
 */
export async function isTranslatableLanguage(code: string): Promise<boolean> {
  if (!/^[a-z]{2,3}$/.test(code) || code === "en") return false;
  const languageNames = (await readMessageFile("en")).LanguageNames;
  return isLocale(code) || (typeof languageNames === "object" && code in languageNames);
}

export interface LocaleTranslationStatus {
  code: string;
  nativeName: string;
  dir: "ltr" | "rtl";
  interface: { translated: number; total: number };
  rights: { translated: number; total: number };
}

async function loadTranslationStatus(): Promise<LocaleTranslationStatus[]> {
  const english = await readMessageFile("en");
  const allowed = sameAsEnglish as Record<string, string[] | undefined>;
  const db = getDatabase();
  const [total, byLocale] = await queryDatabase(() =>
    Promise.all([
      db.kyrMaterial.count({ where: { isPublished: true } }),
      db.kyrMaterialTranslation.groupBy({ by: ["locale"], where: { material: { isPublished: true } }, _count: { _all: true } }),
    ]),
  );
  const guides = new Map(byLocale.map((row) => [row.locale, row._count._all]));
  return Promise.all(
    // English is the source every other language is translated from.
    SHIPPED_LOCALES.filter(({ code }) => code !== "en").map(async ({ code, nativeName, dir }) => ({
      code,
      nativeName,
      dir,
      interface: translationProgress(code, english, await readMessageFile(code), allowed[code] ?? []),
      rights: { translated: guides.get(code) ?? 0, total },
    })),
  );
}

/** How complete each shipped locale other than English is: its UI messages and its rights guides. */
export function getTranslationStatus(): Promise<LocaleTranslationStatus[]> {
  return cachedData("translations:status", loadTranslationStatus);
}

/** A language's messages as translation units (targets empty where it has none), for the export files. */
export async function getTranslationUnits(locale: string): Promise<TranslationUnit[]> {
  return translationUnits(await readMessageFile("en"), await readMessageFile(locale));
}

import "server-only";
import { translationProgress, type MessageTree } from "@/i18n/message-checks";
import { allowedSameAsEnglish, readMessageTree } from "@/i18n/message-files";
import { isLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { translationUnits, type TranslationUnit } from "./catalog";

// The files do not change while the server runs: each is read once.
const messageTrees = new Map<string, MessageTree>();

function messagesOf(locale: string): MessageTree {
  let tree = messageTrees.get(locale);
  if (!tree) {
    tree = readMessageTree(locale);
    messageTrees.set(locale, tree);
  }
  return tree;
}

/**
 * Languages a translator can download a file for: the shipped locales and
 * any language the site names (en.json LanguageNames), so work on a new
 * language can start from an empty file.
 */
export function isTranslatableLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code) || code === "en") return false;
  const languageNames = messagesOf("en").LanguageNames;
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
  const english = messagesOf("en");
  const db = getDatabase();
  const [total, byLocale] = await queryDatabase(() =>
    Promise.all([
      db.kyrMaterial.count({ where: { isPublished: true } }),
      db.kyrMaterialTranslation.groupBy({ by: ["locale"], where: { material: { isPublished: true } }, _count: { _all: true } }),
    ]),
  );
  const guides = new Map(byLocale.map((row) => [row.locale, row._count._all]));
  // English is the source every other language is translated from.
  return SHIPPED_LOCALES.filter(({ code }) => code !== "en").map(({ code, nativeName, dir }) => ({
    code,
    nativeName,
    dir,
    interface: translationProgress(code, english, messagesOf(code), allowedSameAsEnglish(code)),
    rights: { translated: guides.get(code) ?? 0, total },
  }));
}

/** How complete each shipped locale other than English is: its UI messages and its rights guides. */
export function getTranslationStatus(): Promise<LocaleTranslationStatus[]> {
  return cachedData("translations:status", loadTranslationStatus);
}

/** A language's messages as translation units (targets empty where it has none), for the export files. */
export function getTranslationUnits(locale: string): TranslationUnit[] {
  return translationUnits(messagesOf("en"), messagesOf(locale));
}

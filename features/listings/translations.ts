import type { TranslationSource } from "./schema";

/**
 * Picks the text of one field in the reader's language: the reader's locale,
 * then the organization's own language (the record's column), then English.
 * Text shown in another language carries its language, so pages can set
 * `lang` and say "Not yet available in ...". Isomorphic.
 */
export interface LocalizedText {
  text: string;
  /** The language the text is in. */
  lang: string;
  source: TranslationSource;
  /** True when the text is not in the reader's language. */
  isFallback: boolean;
}

export interface StoredTranslation {
  entityId: string;
  field: string;
  locale: string;
  value: string;
  source: TranslationSource;
}

export class TranslationIndex {
  private readonly byKey = new Map<string, StoredTranslation>();

  constructor(translations: StoredTranslation[]) {
    for (const translation of translations) {
      this.byKey.set(`${translation.entityId}|${translation.field}|${translation.locale}`, translation);
    }
  }

  private find(entityId: string, field: string, locale: string): StoredTranslation | undefined {
    return this.byKey.get(`${entityId}|${field}|${locale}`);
  }

  pick(entityId: string, field: string, original: string | null | undefined, sourceLocale: string, locale: string): LocalizedText | null {
    if (original && locale === sourceLocale) return { text: original, lang: sourceLocale, source: "original", isFallback: false };
    const translated = this.find(entityId, field, locale);
    if (translated) return { text: translated.value, lang: locale, source: translated.source, isFallback: false };
    if (original) return { text: original, lang: sourceLocale, source: "original", isFallback: true };
    const english = this.find(entityId, field, "en");
    if (english) return { text: english.value, lang: "en", source: english.source, isFallback: locale !== "en" };
    return null;
  }
}

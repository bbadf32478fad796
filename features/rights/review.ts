import { createHash } from "node:crypto";

/**
 * A legal review covers one text: the guide's English original (title,
 * summary, body) and its sources, which is what the reviewing attorney
 * reads; translations carry their own label (machine, professional...).
 * When that text changes, the fingerprint changes and the guide is pending
 * review again.
 */
export interface ReviewableText {
  translations: readonly { locale: string; title: string; summary: string; body: string }[];
  sources: readonly { citation: string; url?: string | null }[];
}

export const REVIEWED_LOCALE = "en";

export function reviewFingerprint(material: ReviewableText): string {
  const original = material.translations.find((translation) => translation.locale === REVIEWED_LOCALE) ?? [...material.translations].sort((a, b) => a.locale.localeCompare(b.locale))[0];
  const hash = createHash("sha256");
  hash.update(JSON.stringify([original?.locale ?? "", original?.title.trim() ?? "", original?.summary.trim() ?? "", original?.body.trim() ?? ""]));
  for (const source of material.sources) hash.update(JSON.stringify([source.citation.trim(), source.url ?? ""]));
  return hash.digest("base64url");
}

import { XMLParser } from "fast-xml-parser";
import type { TranslationUnit } from "./catalog";
import { escapeMarkup } from "@/lib/escape-markup";

/**
 * The two files translators get: XLIFF 2.0, which translation tools
 * (OmegaT, Weblate, Crowdin, memoQ...) read, and JSON in the Chrome
 * extension shape (`{ key: { message, description } }`), which they also
 * read and a text editor can handle.
 */
export type ExportFormat = "xlf" | "json";

export function toXliff(units: readonly TranslationUnit[], locale: string): string {
  const body = units
    .map(
      (unit) => `    <unit id="${escapeMarkup(unit.id)}">
      <notes>
        <note category="location">${escapeMarkup(unit.context)}</note>
      </notes>
      <segment state="${unit.state}">
        <source>${escapeMarkup(unit.source)}</source>
        <target>${escapeMarkup(unit.target)}</target>
      </segment>
    </unit>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${escapeMarkup(locale)}">
  <file id="messages" original="messages/${escapeMarkup(locale)}.json" canResegment="no">
${body}
  </file>
</xliff>
`;
}

export function toChromeJson(units: readonly TranslationUnit[]): string {
  const entries = Object.fromEntries(
    units.map((unit) => [unit.id, { message: unit.target, description: `${unit.context}. English: ${unit.source}` }]),
  );
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export class TranslationFileError extends Error {
  override name = "TranslationFileError";
}

/** The target language and texts of an XLIFF 2.0 file, by unit id. */
export function fromXliff(xml: string): { locale: string; texts: Map<string, string> } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    // Numeric character references too (&#60;), as our export and many tools write them.
    htmlEntities: true,
    isArray: (name) => name === "unit" || name === "segment" || name === "file",
  });
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    throw new TranslationFileError(`Not a readable XLIFF file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const xliff = (document as { xliff?: { "@_version"?: string; "@_trgLang"?: string; file?: { unit?: unknown[] }[] } }).xliff;
  if (!xliff || xliff["@_version"] !== "2.0" || !xliff["@_trgLang"]) throw new TranslationFileError("Not an XLIFF 2.0 file with a target language (trgLang)");
  const texts = new Map<string, string>();
  for (const file of xliff.file ?? []) {
    for (const unit of (file.unit ?? []) as { "@_id"?: string; segment?: { target?: unknown }[] }[]) {
      // One segment per unit, as exported; a tool that split one would have only its first part read.
      if ((unit.segment?.length ?? 0) > 1) throw new TranslationFileError(`Unit ${unit["@_id"] ?? "?"}: split into several segments; keep each text in one`);
      const target = unit.segment?.[0]?.target;
      if (typeof target === "object" && target !== null && Object.keys(target).some((key) => key !== "#text" && !key.startsWith("@_"))) {
        // Inline markup (<ph>, <pc>...) would be lost on the way back into ICU messages.
        throw new TranslationFileError(`Unit ${unit["@_id"] ?? "?"}: the translation contains XLIFF inline markup; keep it as plain text, as exported`);
      }
      const text = typeof target === "string" ? target : typeof target === "object" && target !== null ? String((target as { "#text"?: unknown })["#text"] ?? "") : "";
      const id = unit["@_id"];
      if (id && text.trim()) texts.set(id, text);
    }
  }
  return { locale: xliff["@_trgLang"], texts };
}

/** The texts of a JSON file in the Chrome extension shape, by key. */
export function fromChromeJson(json: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new TranslationFileError(`Not a readable JSON file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new TranslationFileError("The JSON file must be an object of { message, description } entries");
  const texts = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed)) {
    const message = typeof entry === "object" && entry !== null ? (entry as { message?: unknown }).message : undefined;
    if (typeof message === "string" && message.trim()) texts.set(id, message);
  }
  return texts;
}

import "server-only";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";

export interface OfficialLineTexts {
  name: string;
  agency: string;
  purpose: string;
  hours: string;
  caution: string;
}

/** A government line in the reader's language (else English), with the language its texts are in. */
export interface OfficialLineView {
  id: string;
  slug: string;
  phone: string | null;
  website: string | null;
  email: string | null;
  guideSlugs: string[];
  checkedAt: Date;
  sources: string[];
  texts: OfficialLineTexts;
  /** The language of `texts`: the reader's, or English when the line has no text in it. */
  lang: string;
  /** Translated by a machine and not yet checked by a person: labelled so for readers. */
  isMachineTranslation: boolean;
}

async function loadOfficialLines(locale: string): Promise<OfficialLineView[]> {
  const db = getDatabase();
  const lines = await queryDatabase(() =>
    db.officialLine.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      include: {
        texts: { where: { locale: { in: [...new Set([locale, "en"])] } } },
        sources: { orderBy: { sortOrder: "asc" }, select: { url: true } },
      },
    }),
  );
  return lines.flatMap((line) => {
    const text = line.texts.find((entry) => entry.locale === locale) ?? line.texts.find((entry) => entry.locale === "en");
    if (!text) return [];
    return [
      {
        id: line.id,
        slug: line.slug,
        phone: line.phone,
        website: line.website,
        email: line.email,
        guideSlugs: line.guideSlugs.split(/\s+/).filter(Boolean),
        checkedAt: line.checkedAt,
        sources: line.sources.map((source) => source.url),
        texts: { name: text.name, agency: text.agency, purpose: text.purpose, hours: text.hours, caution: text.caution },
        lang: text.locale,
        isMachineTranslation: text.source === "machine",
      },
    ];
  });
}

/** Every government line (EOIR, ICE, ORR), in the reader's language where translated. */
export function listOfficialLines(locale: string): Promise<OfficialLineView[]> {
  return cachedData(`official-lines:${locale}`, () => loadOfficialLines(locale));
}

/** The government lines that belong beside a rights guide. */
export async function officialLinesForGuide(guideSlug: string, locale: string): Promise<OfficialLineView[]> {
  return (await listOfficialLines(locale)).filter((line) => line.guideSlugs.includes(guideSlug));
}

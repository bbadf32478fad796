import "server-only";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { LegalReviewStatus } from "./schema";

export interface KyrMaterialSummary {
  slug: string;
  title: string;
  summary: string;
  /** The language of title and summary (English when the reader's is missing). */
  lang: string;
  lastReviewedAt: Date;
  legalReviewStatus: LegalReviewStatus;
}

/** Published materials in display order, in the reader's language or else English. */
export async function listKyrMaterials(locale: string): Promise<KyrMaterialSummary[]> {
  const materials = await queryDatabase(() =>
    getDatabase().kyrMaterial.findMany({
      where: { isPublished: true },
      orderBy: { sortOrder: "asc" },
      include: {
        translations: { where: { locale: { in: [...new Set([locale, "en"])] } }, select: { locale: true, title: true, summary: true } },
      },
    }),
  );
  return materials.flatMap((material) => {
    const translation =
      material.translations.find((entry) => entry.locale === locale) ?? material.translations.find((entry) => entry.locale === "en");
    if (!translation) return [];
    return [
      {
        slug: material.slug,
        title: translation.title,
        summary: translation.summary,
        lang: translation.locale,
        lastReviewedAt: material.lastReviewedAt,
        legalReviewStatus: material.legalReviewStatus,
      },
    ];
  });
}

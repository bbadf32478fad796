import "server-only";
import { bumpDataVersion } from "@/lib/data-cache";
import { getDatabase, type Database } from "@/lib/db";
import type { KyrMaterialInput, LegalReviewInput } from "./schema";

/**
 * Writes know-your-rights materials from their source files: content,
 * translations and sources are replaced; a legal review already recorded by a
 * moderator is kept. One transaction for the whole set.
 */
export async function upsertKyrMaterials(materials: KyrMaterialInput[], db: Database = getDatabase()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { slug, sortOrder, lastReviewedAt, sources, translations } of materials) {
      const material = await tx.kyrMaterial.upsert({
        where: { slug },
        create: { slug, sortOrder, lastReviewedAt },
        update: { sortOrder, lastReviewedAt },
        select: { id: true },
      });
      await tx.kyrSource.deleteMany({ where: { materialId: material.id } });
      await tx.kyrSource.createMany({
        data: sources.map((source, index) => ({ materialId: material.id, sortOrder: index, ...source })),
      });
      await tx.kyrMaterialTranslation.deleteMany({ where: { materialId: material.id } });
      await tx.kyrMaterialTranslation.createMany({
        data: translations.map((translation) => ({ materialId: material.id, ...translation })),
      });
    }
    await bumpDataVersion(tx, { organizationIds: [] });
  });
}

/**
 * Records that an immigration attorney reviewed a guide; readers then see
 * "Reviewed by an immigration attorney on {date}" instead of "pending".
 * Returns false when no guide has that slug.
 */
export async function recordLegalReview({ slug, reviewedBy, reviewedAt }: LegalReviewInput, db: Database = getDatabase()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.kyrMaterial.updateMany({
      where: { slug },
      data: { legalReviewStatus: "reviewed", legalReviewedBy: reviewedBy, legalReviewedAt: reviewedAt },
    });
    if (count === 0) return false;
    await bumpDataVersion(tx, { organizationIds: [] });
    return true;
  });
}

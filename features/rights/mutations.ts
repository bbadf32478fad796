import "server-only";
import { writeChangeRecord, type AuditActor } from "@/lib/audit-log";
import { bumpDataVersion } from "@/lib/data-cache";
import { getDatabase, type Database } from "@/lib/db";
import { reviewFingerprint } from "./review";
import type { KyrMaterialInput, LegalReviewInput } from "./schema";

/**
 * Writes know-your-rights materials from their source files: content,
 * translations and sources are replaced. A legal review already recorded
 * stays only while the reviewed text is unchanged (features/rights/review.ts);
 * otherwise the guide is pending review again. One transaction for the whole
 * set.
 */
export async function upsertKyrMaterials(materials: KyrMaterialInput[], db: Database = getDatabase()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { slug, sortOrder, lastReviewedAt, sources, translations } of materials) {
      const existing = await tx.kyrMaterial.findUnique({
        where: { slug },
        select: { legalReviewStatus: true, legalReviewedTextHash: true, translations: { select: { locale: true, title: true, summary: true, body: true } }, sources: { orderBy: { sortOrder: "asc" }, select: { citation: true, url: true } } },
      });
      // A review recorded before reviews carried a fingerprint covers the text it was recorded on.
      const reviewedHash = existing?.legalReviewedTextHash ?? (existing?.legalReviewStatus === "reviewed" ? reviewFingerprint(existing) : null);
      const stillReviewed = reviewedHash !== null && reviewedHash === reviewFingerprint({ translations, sources });
      const review = { legalReviewStatus: stillReviewed ? ("reviewed" as const) : ("pending_review" as const), legalReviewedTextHash: reviewedHash };
      const material = await tx.kyrMaterial.upsert({
        where: { slug },
        create: { slug, sortOrder, lastReviewedAt },
        update: { sortOrder, lastReviewedAt, ...review },
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
 * Records that an immigration attorney reviewed a guide's current text;
 * readers then see "Reviewed by an immigration attorney on {date}" instead
 * of "pending", until the text changes. Returns false when no guide has
 * that slug.
 */
export async function recordLegalReview({ slug, reviewedBy, reviewedAt }: LegalReviewInput, actor: AuditActor, db: Database = getDatabase()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const material = await tx.kyrMaterial.findUnique({
      where: { slug },
      select: { id: true, translations: { select: { locale: true, title: true, summary: true, body: true } }, sources: { orderBy: { sortOrder: "asc" }, select: { citation: true, url: true } } },
    });
    if (!material) return false;
    await tx.kyrMaterial.update({
      where: { id: material.id },
      data: { legalReviewStatus: "reviewed", legalReviewedBy: reviewedBy, legalReviewedAt: reviewedAt, legalReviewedTextHash: reviewFingerprint(material) },
    });
    await writeChangeRecord(tx, { entityType: "kyr_material", entityId: material.id, action: "legal_review", actor, after: { slug, reviewedBy, reviewedAt } });
    await bumpDataVersion(tx, { organizationIds: [] });
    return true;
  });
}

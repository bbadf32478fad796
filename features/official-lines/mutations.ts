import "server-only";
import type { AuditActor } from "@/lib/audit-log";
import { writeChangeRecord } from "@/lib/audit-log";
import { bumpDataVersion } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase, type Database } from "@/lib/db";
import type { OfficialLineUpdate } from "./schema";

/**
 * An admin's correction of a government line, checked against its sources
 * today: contact details, sources and the checked date change together, with
 * the audit record (before and after) in the same transaction; every process
 * sees it within a second through the data version. False when no such line.
 */
export async function updateOfficialLine(update: OfficialLineUpdate, actor: AuditActor, now = new Date(), db: Database = getDatabase()): Promise<boolean> {
  return queryDatabase(() => db.$transaction(async (tx) => {
    const line = await tx.officialLine.findUnique({
      where: { slug: update.slug },
      select: { id: true, phone: true, website: true, email: true, checkedAt: true, sources: { orderBy: { sortOrder: "asc" }, select: { url: true } } },
    });
    if (!line) return false;
    await tx.officialLine.update({ where: { id: line.id }, data: { phone: update.phone, website: update.website, email: update.email, checkedAt: now } });
    await tx.officialLineSource.deleteMany({ where: { lineId: line.id } });
    await tx.officialLineSource.createMany({ data: update.sources.map((url, sortOrder) => ({ lineId: line.id, url, sortOrder })) });
    await writeChangeRecord(tx, {
      entityType: "official_line",
      entityId: line.id,
      action: "official_line_checked",
      actor,
      before: { phone: line.phone, website: line.website, email: line.email, sources: line.sources.map((source) => source.url), checkedAt: line.checkedAt },
      after: { phone: update.phone, website: update.website, email: update.email, sources: update.sources, checkedAt: now },
    });
    await bumpDataVersion(tx, { organizationIds: [] });
    return true;
  }));
}

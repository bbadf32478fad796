import "server-only";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { ProblemReportInput } from "./schema";

/** Stores a public report for moderators; null when the organization is not published. */
export async function createProblemReport(report: ProblemReportInput, locale: string): Promise<string | null> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findFirst({
        where: { slug: report.organizationSlug, isPublished: true },
        select: { id: true },
      });
      if (!organization) return null;
      const created = await tx.problemReport.create({
        data: {
          organizationId: organization.id,
          category: report.category,
          details: report.details,
          contact: report.contact ?? null,
          locale,
        },
        select: { id: true },
      });
      return created.id;
    }),
  );
}

import "server-only";
import { readListingDocument } from "@/features/listings/data";
import { decodeListingDocument, encodeListingDocument, hasHighRiskChanges, listingDifferences, withoutHighRiskChanges, withVettedSafetyStatements } from "@/features/listings/document";
import { publishListingDocument, reverifyListing, StaleListingError } from "@/features/listings/mutations";
import type { ListingDocument } from "@/features/listings/schema";
import { writeChangeRecord, type AuditActor } from "@/lib/audit-log";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase, type DatabaseTransaction } from "@/lib/db";
import type { ListingBase } from "./change-requests";
import type { ClaimInput, ProblemReportInput } from "./schema";

/** Claimants' and reporters' personal details are kept this long after a decision (reports: after they were sent), then erased. */
export const PERSONAL_DETAILS_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

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

// ---------------------------------------------------------------------------
// Change requests

export type SaveOutcome = { status: "saved"; changeRequestId: string; revision: number; base: ListingBase } | { status: "stale"; current: ListingBase };

async function currentBase(tx: DatabaseTransaction, organizationId: string): Promise<ListingBase> {
  const [organization, open] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { version: true } }),
    tx.changeRequest.findUnique({ where: { openFor: organizationId }, select: { id: true, revision: true } }),
  ]);
  return { version: organization.version, changeRequestId: open?.id ?? null, revision: open?.revision ?? null };
}

/**
 * Saves a proposed listing as the organization's open change request (a
 * draft until it is sent for review), when the form was opened at the
 * current base; otherwise nothing is written and the current base comes
 * back, so the form can keep the person's input and say what happened.
 * Saving a request a moderator was already looking at takes it back to a
 * draft: a first approval covered the earlier content only.
 */
export async function saveChangeDraft(
  organizationId: string,
  base: ListingBase,
  proposed: ListingDocument,
  author: AuditActor,
  options: { problemReportId?: string } = {},
): Promise<SaveOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<SaveOutcome> => {
      const current = await currentBase(tx, organizationId);
      if (base.version !== current.version || base.changeRequestId !== current.changeRequestId || base.revision !== current.revision) return { status: "stale", current };
      if (current.changeRequestId !== null && current.revision !== null) {
        const { count } = await tx.changeRequest.updateMany({
          where: { id: current.changeRequestId, revision: current.revision },
          data: {
            proposed: encodeListingDocument(proposed),
            revision: { increment: 1 },
            status: "draft",
            baseVersion: current.version,
            firstApprovedById: null,
            firstApprovedAt: null,
            ...(options.problemReportId ? { problemReportId: options.problemReportId } : {}),
          },
        });
        if (count === 0) return { status: "stale", current: await currentBase(tx, organizationId) };
        const revision = current.revision + 1;
        return { status: "saved", changeRequestId: current.changeRequestId, revision, base: { version: current.version, changeRequestId: current.changeRequestId, revision } };
      }
      const created = await tx.changeRequest.create({
        data: {
          organizationId,
          openFor: organizationId,
          baseVersion: current.version,
          proposed: encodeListingDocument(proposed),
          authorId: author.id,
          problemReportId: options.problemReportId ?? null,
        },
        select: { id: true, revision: true },
      });
      if (options.problemReportId) {
        await tx.problemReport.updateMany({ where: { id: options.problemReportId, status: { in: ["open", "in_review"] } }, data: { status: "in_review", changeRequestId: created.id } });
      }
      return { status: "saved", changeRequestId: created.id, revision: created.revision, base: { version: current.version, changeRequestId: created.id, revision: created.revision } };
    }),
  ).catch(async (error: unknown) => {
    // Two first saves at once: the second one's request is refused by the unique openFor.
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
      return { status: "stale" as const, current: await db.$transaction((tx) => currentBase(tx, organizationId)) };
    }
    throw error;
  });
}

/** Sends the open change request for review (from a draft, or after a moderator asked for changes). */
export async function submitChangeRequest(organizationId: string, base: ListingBase, note: string | null, author: AuditActor, now = new Date()): Promise<SaveOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<SaveOutcome> => {
      const current = await currentBase(tx, organizationId);
      if (current.changeRequestId === null || base.version !== current.version || base.changeRequestId !== current.changeRequestId || base.revision !== current.revision) {
        return { status: "stale", current };
      }
      const { count } = await tx.changeRequest.updateMany({
        where: { id: current.changeRequestId, revision: current.revision ?? -1, status: { in: ["draft", "changes_requested"] } },
        data: { status: "pending", submittedAt: now, editorNote: note, revision: { increment: 1 } },
      });
      if (count === 0) return { status: "stale", current };
      await writeChangeRecord(tx, { entityType: "organization", entityId: organizationId, organizationId, action: "submitted", actor: author, changeRequestId: current.changeRequestId });
      // A report a moderator turned into this change has become it: closed, its contact erased.
      await closeReportsOf(tx, current.changeRequestId, author, now);
      const revision = (current.revision ?? 0) + 1;
      return { status: "saved", changeRequestId: current.changeRequestId, revision, base: { ...current, revision } };
    }),
  );
}

/** Drops the open change request; the published listing stays as it is. */
export async function discardChangeRequest(organizationId: string, base: ListingBase, actor: AuditActor, now = new Date()): Promise<SaveOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<SaveOutcome> => {
      const current = await currentBase(tx, organizationId);
      if (current.changeRequestId === null || base.changeRequestId !== current.changeRequestId || base.revision !== current.revision) return { status: "stale", current };
      const { count } = await tx.changeRequest.updateMany({
        where: { id: current.changeRequestId, revision: current.revision ?? -1 },
        data: { status: "discarded", openFor: null, decidedById: actor.id, decidedAt: now },
      });
      if (count === 0) return { status: "stale", current };
      await writeChangeRecord(tx, { entityType: "organization", entityId: organizationId, organizationId, action: "discarded", actor, changeRequestId: current.changeRequestId });
      await closeReportsOf(tx, current.changeRequestId, actor, now);
      return { status: "saved", changeRequestId: current.changeRequestId, revision: current.revision ?? 0, base: { version: current.version, changeRequestId: null, revision: null } };
    }),
  );
}

/** Reports a moderator turned into this change request are closed with it, and their contact details erased. */
async function closeReportsOf(tx: DatabaseTransaction, changeRequestId: string, actor: AuditActor, now: Date): Promise<void> {
  await tx.problemReport.updateMany({
    where: { changeRequestId, status: { in: ["open", "in_review"] } },
    data: { status: "resolved", resolvedAt: now, closedById: actor.id, contact: null },
  });
}

export type ApprovalOutcome =
  | { status: "published"; organizationId: string; publishedInPart: false }
  | { status: "awaitingSecond"; organizationId: string; publishedSomething: boolean }
  | { status: "stale" }
  | { status: "sameModerator" }
  | { status: "notReviewable" };

/**
 * A moderator's approval. Without high-risk changes it publishes the
 * proposal. With them, a first approval publishes what is not high-risk
 * (if anything) and the request waits for a second, different moderator,
 * whose approval publishes the rest. Everything in one transaction: a
 * failure part-way publishes nothing. Refused when the listing was published
 * since the request was based on it.
 */
export async function approveChangeRequest(changeRequestId: string, moderator: AuditActor, now = new Date()): Promise<ApprovalOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(
      async (tx): Promise<ApprovalOutcome> => {
        const request = await tx.changeRequest.findUnique({ where: { id: changeRequestId } });
        if (!request || (request.status !== "pending" && request.status !== "awaiting_second")) return { status: "notReviewable" };
        const organization = await tx.organization.findUniqueOrThrow({ where: { id: request.organizationId }, select: { version: true } });
        if (organization.version !== request.baseVersion) return { status: "stale" };
        if (request.status === "awaiting_second" && request.firstApprovedById === moderator.id) return { status: "sameModerator" };
        const published = await readListingDocument(tx, request.organizationId);
        if (!published) return { status: "notReviewable" };
        const proposed = withVettedSafetyStatements(published, decodeListingDocument(request.proposed), now);
        const author = request.authorId ? await tx.user.findUnique({ where: { id: request.authorId }, select: { role: true } }) : null;
        const verifiedByRole = author?.role === "editor" ? "organization" : "moderator";
        const publish = (document: ListingDocument, action: "published" | "published_low_risk") =>
          publishListingDocument(tx, request.organizationId, document, { expectedVersion: organization.version, verifiedByRole, actor: moderator, action, changeRequestId, now });

        if (request.status === "pending" && hasHighRiskChanges(published, proposed)) {
          const lowRisk = withoutHighRiskChanges(published, proposed);
          const publishesSomething = listingDifferences(published, lowRisk).length > 0;
          const version = publishesSomething ? await publish(lowRisk, "published_low_risk") : organization.version;
          await tx.changeRequest.update({
            where: { id: changeRequestId },
            data: { status: "awaiting_second", baseVersion: version, firstApprovedById: moderator.id, firstApprovedAt: now, revision: { increment: 1 } },
          });
          await writeChangeRecord(tx, { entityType: "organization", entityId: request.organizationId, organizationId: request.organizationId, action: "first_approval", actor: moderator, changeRequestId });
          return { status: "awaitingSecond", organizationId: request.organizationId, publishedSomething: publishesSomething };
        }
        await publish(proposed, "published");
        await tx.changeRequest.update({
          where: { id: changeRequestId },
          data: { status: "approved", openFor: null, decidedById: moderator.id, decidedAt: now, revision: { increment: 1 } },
        });
        await closeReportsOf(tx, changeRequestId, moderator, now);
        return { status: "published", organizationId: request.organizationId, publishedInPart: false };
      },
      { timeout: 30_000, maxWait: 10_000 },
    ),
  ).catch((error: unknown) => {
    if (error instanceof StaleListingError) return { status: "stale" as const };
    throw error;
  });
}

export type DecisionOutcome = { status: "done"; organizationId: string } | { status: "notReviewable" };

/** Rejects a change request with a reason (sent to the editors); the published listing stays. */
export async function rejectChangeRequest(changeRequestId: string, moderator: AuditActor, reason: string, now = new Date()): Promise<DecisionOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<DecisionOutcome> => {
      const request = await tx.changeRequest.findUnique({ where: { id: changeRequestId }, select: { organizationId: true, status: true } });
      if (!request || (request.status !== "pending" && request.status !== "awaiting_second")) return { status: "notReviewable" };
      await tx.changeRequest.update({
        where: { id: changeRequestId },
        data: { status: "rejected", openFor: null, moderatorNote: reason, decidedById: moderator.id, decidedAt: now, revision: { increment: 1 } },
      });
      await writeChangeRecord(tx, { entityType: "organization", entityId: request.organizationId, organizationId: request.organizationId, action: "rejected", actor: moderator, changeRequestId, after: { reason } });
      await closeReportsOf(tx, changeRequestId, moderator, now);
      return { status: "done", organizationId: request.organizationId };
    }),
  );
}

/** Sends a change request back to its editors with a note of what is needed. */
export async function requestChanges(changeRequestId: string, moderator: AuditActor, note: string): Promise<DecisionOutcome> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<DecisionOutcome> => {
      const request = await tx.changeRequest.findUnique({ where: { id: changeRequestId }, select: { organizationId: true, status: true } });
      if (!request || (request.status !== "pending" && request.status !== "awaiting_second")) return { status: "notReviewable" };
      await tx.changeRequest.update({
        where: { id: changeRequestId },
        data: { status: "changes_requested", moderatorNote: note, firstApprovedById: null, firstApprovedAt: null, revision: { increment: 1 } },
      });
      await writeChangeRecord(tx, { entityType: "organization", entityId: request.organizationId, organizationId: request.organizationId, action: "changes_requested", actor: moderator, changeRequestId, after: { note } });
      return { status: "done", organizationId: request.organizationId };
    }),
  );
}

/** "Re-verify without changes": today's date, by a moderator, for a listing that is still right. */
export async function reverifyOrganization(organizationId: string, moderator: AuditActor, now = new Date()): Promise<void> {
  const db = getDatabase();
  await queryDatabase(() => db.$transaction((tx) => reverifyListing(tx, organizationId, moderator, now)));
}

// ---------------------------------------------------------------------------
// Claims

/** "Are you from this organization?": stored for moderators; null when the organization is not published. */
export async function createClaim(claim: ClaimInput, locale: string): Promise<string | null> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findFirst({ where: { slug: claim.organizationSlug, isPublished: true }, select: { id: true } });
      if (!organization) return null;
      const created = await tx.organizationClaim.create({
        data: { organizationId: organization.id, name: claim.name, jobTitle: claim.jobTitle, email: claim.email, message: claim.message ?? null, locale },
        select: { id: true },
      });
      return created.id;
    }),
  );
}

export type ClaimDecision =
  | { status: "approved"; email: string; locale: string; organizationId: string; organizationName: string }
  | { status: "rejected"; email: string; locale: string; organizationName: string }
  | { status: "notPending" };

/**
 * Decides a claim. Approval makes the claimant an editor invitation (the
 * caller sends it, with the token it creates); rejection keeps the reason
 * for the email. Either way the claim leaves the queue.
 */
export async function decideClaim(claimId: string, moderator: AuditActor, decision: { approve: true } | { approve: false; reason: string }, now = new Date()): Promise<ClaimDecision> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx): Promise<ClaimDecision> => {
      const claim = await tx.organizationClaim.findUnique({ where: { id: claimId }, include: { organization: { select: { name: true } } } });
      if (!claim || claim.status !== "pending" || !claim.email) return { status: "notPending" };
      const { count } = await tx.organizationClaim.updateMany({
        where: { id: claimId, status: "pending" },
        data: { status: decision.approve ? "approved" : "rejected", decisionReason: decision.approve ? null : decision.reason, decidedById: moderator.id, decidedAt: now },
      });
      if (count === 0) return { status: "notPending" };
      await writeChangeRecord(tx, {
        entityType: "claim",
        entityId: claimId,
        organizationId: claim.organizationId,
        action: decision.approve ? "claim_approved" : "claim_rejected",
        actor: moderator,
        after: decision.approve ? { email: claim.email } : { reason: decision.reason },
      });
      return decision.approve
        ? { status: "approved", email: claim.email, locale: claim.locale, organizationId: claim.organizationId, organizationName: claim.organization.name }
        : { status: "rejected", email: claim.email, locale: claim.locale, organizationName: claim.organization.name };
    }),
  );
}

// ---------------------------------------------------------------------------
// Problem reports

/** Closes a report without a change, with the reason; its contact field is erased. */
export async function dismissProblemReport(reportId: string, moderator: AuditActor, reason: string, now = new Date()): Promise<boolean> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const report = await tx.problemReport.findUnique({ where: { id: reportId }, select: { organizationId: true } });
      const { count } = await tx.problemReport.updateMany({
        where: { id: reportId, status: { in: ["open", "in_review"] } },
        data: { status: "dismissed", moderatorNote: reason, contact: null, resolvedAt: now, closedById: moderator.id },
      });
      if (count === 0 || !report) return false;
      await writeChangeRecord(tx, { entityType: "problem_report", entityId: reportId, organizationId: report.organizationId, action: "report_dismissed", actor: moderator, after: { reason } });
      return true;
    }),
  );
}

/**
 * Erases what people left to be reached by: reports' contact fields 90 days
 * after they were sent, and claimants' details 90 days after the decision.
 * Run by `npm run reminders` and by each server process once a day.
 */
export async function erasePersonalDetails(now = new Date()): Promise<{ reports: number; claims: number }> {
  const cutoff = new Date(now.getTime() - PERSONAL_DETAILS_DAYS * DAY_MS);
  const db = getDatabase();
  const [reports, claims] = await queryDatabase(() =>
    db.$transaction([
      db.problemReport.updateMany({ where: { contact: { not: null }, createdAt: { lt: cutoff } }, data: { contact: null } }),
      db.organizationClaim.updateMany({
        where: { status: { not: "pending" }, decidedAt: { lt: cutoff }, OR: [{ email: { not: null } }, { name: { not: null } }] },
        data: { name: null, jobTitle: null, email: null, message: null },
      }),
    ]),
  );
  return { reports: reports.count, claims: claims.count };
}

/** Marks that a listing's editors were reminded to verify it. */
export async function markStaleReminderSent(organizationId: string, now = new Date()): Promise<void> {
  await queryDatabase(() => getDatabase().organization.update({ where: { id: organizationId }, data: { staleReminderSentAt: now } }));
}

import type { DatabaseTransaction } from "./db";

/** Who did something, as the audit log keeps it: the account, its name then, and its role. */
export interface AuditActor {
  id: string | null;
  name: string;
  role: string;
}

export interface AuditEntry {
  entityType: "organization" | "kyr_material" | "official_line" | "claim" | "problem_report" | "user" | "invitation";
  entityId: string;
  organizationId?: string | null;
  /** What happened, e.g. "published", "reverified", "claim_approved" (keys of `Moderation.auditActions`). */
  action: string;
  actor: AuditActor;
  changeRequestId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit record, in the transaction of the change it records, so
 * that the log holds every change that happened and nothing that did not.
 */
export async function writeChangeRecord(tx: DatabaseTransaction, entry: AuditEntry): Promise<void> {
  await tx.changeRecord.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      organizationId: entry.organizationId ?? null,
      action: entry.action,
      actor: entry.actor.name,
      actorId: entry.actor.id,
      actorRole: entry.actor.role,
      changeRequestId: entry.changeRequestId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

import "server-only";
import { randomBytes } from "node:crypto";
import { writeChangeRecord, type AuditActor } from "@/lib/audit-log";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { tokenHash, type InvitationView } from "./data";
import { INVITATION_DAYS } from "./limits";
import type { StaffRole } from "./permissions";
import type { InvitationInput } from "./schema";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A single-use invitation that expires after INVITATION_DAYS; returns the
 * token for its link (only the token's hash is stored).
 */
export async function createInvitation(
  invitation: InvitationInput,
  actor: AuditActor,
  options: { claimId?: string; now?: Date } = {},
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  const db = getDatabase();
  const created = await queryDatabase(() =>
    db.$transaction(async (tx) => {
      const row = await tx.invitation.create({
        data: {
          tokenHash: tokenHash(token),
          email: invitation.email,
          role: invitation.role,
          organizationId: invitation.role === "editor" ? (invitation.organizationId ?? null) : null,
          locale: invitation.locale,
          invitedById: actor.id,
          claimId: options.claimId ?? null,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
        },
        select: { id: true },
      });
      await writeChangeRecord(tx, {
        entityType: "invitation",
        entityId: row.id,
        organizationId: invitation.role === "editor" ? (invitation.organizationId ?? null) : null,
        action: "invited",
        actor,
        after: { email: invitation.email, role: invitation.role },
      });
      return row;
    }),
  );
  return { id: created.id, token };
}

/** Takes an invitation for one acceptance: false when someone else used it first, or it was withdrawn or has expired. */
export async function claimInvitation(invitationId: string, now = new Date()): Promise<boolean> {
  const { count } = await queryDatabase(() =>
    getDatabase().invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } }),
  );
  return count === 1;
}

/** Gives a claimed invitation back when the account could not be made. */
export async function releaseInvitation(invitationId: string): Promise<void> {
  await queryDatabase(() => getDatabase().invitation.update({ where: { id: invitationId }, data: { acceptedAt: null } }));
}

/**
 * What an accepted invitation gives an account: its role (an editor
 * invitation keeps a staff member's existing role), its language, a
 * confirmed email address (the link reached it), and the organization.
 */
export async function completeInvitation(userId: string, invitation: InvitationView): Promise<StaffRole> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, name: true } });
      const keepsRole = invitation.role === "editor" && user.role !== null && user.role !== "editor";
      const role = keepsRole ? (user.role as StaffRole) : invitation.role;
      await tx.user.update({ where: { id: userId }, data: { role, emailVerified: true, ...(keepsRole ? {} : { locale: invitation.locale }) } });
      if (invitation.organizationId) {
        await tx.organizationMembership.upsert({
          where: { userId_organizationId: { userId, organizationId: invitation.organizationId } },
          create: { userId, organizationId: invitation.organizationId },
          update: {},
        });
      }
      await writeChangeRecord(tx, {
        entityType: "user",
        entityId: userId,
        organizationId: invitation.organizationId,
        action: "invitation_accepted",
        actor: { id: userId, name: user.name, role },
        after: { role, organizationId: invitation.organizationId },
      });
      return role;
    }),
  );
}

export async function revokeInvitation(invitationId: string, actor: AuditActor): Promise<boolean> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, select: { organizationId: true, email: true } });
      const { count } = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      if (count === 0 || !invitation) return false;
      await writeChangeRecord(tx, { entityType: "invitation", entityId: invitationId, organizationId: invitation.organizationId, action: "invitation_revoked", actor, before: { email: invitation.email } });
      return true;
    }),
  );
}

/** Takes an editor off an organization; their account stays. */
export async function removeMembership(userId: string, organizationId: string, actor: AuditActor): Promise<boolean> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const { count } = await tx.organizationMembership.deleteMany({ where: { userId, organizationId } });
      if (count === 0) return false;
      await writeChangeRecord(tx, { entityType: "user", entityId: userId, organizationId, action: "editor_removed", actor });
      return true;
    }),
  );
}

/** Switches an account off (its sessions end at once) or on again. */
export async function setAccountActive(userId: string, active: boolean, actor: AuditActor): Promise<boolean> {
  const db = getDatabase();
  return queryDatabase(() =>
    db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: userId }, data: { banned: !active, banReason: active ? null : "deactivated" } });
      if (count === 0) return false;
      if (!active) await tx.session.deleteMany({ where: { userId } });
      await writeChangeRecord(tx, { entityType: "user", entityId: userId, action: active ? "account_reactivated" : "account_deactivated", actor });
      return true;
    }),
  );
}

/** The language a staff member reads the site and their emails in. */
export async function setAccountLocale(userId: string, locale: string): Promise<void> {
  await queryDatabase(() => getDatabase().user.update({ where: { id: userId }, data: { locale } }));
}

/** A two-factor setup that was started and never confirmed with a code; a new setup replaces it. */
export async function deleteUnconfirmedTwoFactor(userId: string): Promise<void> {
  await queryDatabase(() => getDatabase().twoFactor.deleteMany({ where: { userId, verified: false } }));
}

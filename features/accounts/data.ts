import "server-only";
import { createHash } from "node:crypto";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { isStaffRole, type StaffRole } from "./permissions";

/** Invitation and reset links carry a token; only its hash is stored. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export interface InvitationView {
  id: string;
  email: string;
  role: StaffRole;
  organizationId: string | null;
  organizationName: string | null;
  locale: string;
  expiresAt: Date;
  /** Whether an account with this email already exists (it then signs in to accept). */
  accountExists: boolean;
}

/** An invitation that can still be accepted, by its link's token; null when unknown, used, revoked or expired. */
export async function findUsableInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const db = getDatabase();
  const invitation = await queryDatabase(() =>
    db.invitation.findUnique({ where: { tokenHash: tokenHash(token) } }),
  );
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now || !isStaffRole(invitation.role)) return null;
  const [organization, account] = await Promise.all([
    invitation.organizationId ? queryDatabase(() => db.organization.findUnique({ where: { id: invitation.organizationId ?? "" }, select: { name: true } })) : null,
    queryDatabase(() => db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })),
  ]);
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organizationId: invitation.organizationId,
    organizationName: organization?.name ?? null,
    locale: invitation.locale,
    expiresAt: invitation.expiresAt,
    accountExists: account !== null,
  };
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  twoFactorEnabled: boolean;
  deactivated: boolean;
  createdAt: Date;
  organizations: { id: string; name: string; slug: string }[];
}

/** Every staff account, for admins. */
export async function listStaff(): Promise<StaffMember[]> {
  const users = await queryDatabase(() =>
    getDatabase().user.findMany({
      orderBy: [{ role: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        twoFactorEnabled: true,
        banned: true,
        createdAt: true,
        memberships: { select: { organization: { select: { id: true, name: true, slug: true } } } },
      },
    }),
  );
  return users.flatMap((user) =>
    isStaffRole(user.role)
      ? [
          {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            twoFactorEnabled: user.twoFactorEnabled === true,
            deactivated: user.banned === true,
            createdAt: user.createdAt,
            organizations: user.memberships.map((membership) => membership.organization),
          },
        ]
      : [],
  );
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: StaffRole;
  organizationName: string | null;
  expiresAt: Date;
  createdAt: Date;
}

/** Invitations not yet accepted, revoked or expired; of one organization, or all. */
export async function listPendingInvitations(organizationId?: string, now = new Date()): Promise<PendingInvitation[]> {
  const db = getDatabase();
  const invitations = await queryDatabase(() =>
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, ...(organizationId ? { organizationId } : {}) },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
  );
  const organizationIds = [...new Set(invitations.flatMap((invitation) => invitation.organizationId ?? []))];
  const organizations = await queryDatabase(() => db.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, name: true } }));
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organizationName: invitation.organizationId ? (names.get(invitation.organizationId) ?? null) : null,
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
  }));
}

/** An organization's editors (for moderators). */
export async function listEditors(organizationId: string): Promise<{ userId: string; name: string; email: string; since: Date }[]> {
  const memberships = await queryDatabase(() =>
    getDatabase().organizationMembership.findMany({
      where: { organizationId, user: { banned: { not: true } } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  );
  return memberships.map((membership) => ({ userId: membership.user.id, name: membership.user.name, email: membership.user.email, since: membership.createdAt }));
}

/** Who gets an email about an organization's listing: its active editors, each in their language. */
export async function editorsToNotify(organizationId: string): Promise<{ email: string; name: string; locale: string }[]> {
  const memberships = await queryDatabase(() =>
    getDatabase().organizationMembership.findMany({
      where: { organizationId, user: { banned: { not: true } } },
      select: { user: { select: { email: true, name: true, locale: true } } },
    }),
  );
  return memberships.map((membership) => membership.user);
}

export async function findUserForEmail(userId: string): Promise<{ email: string; name: string; locale: string } | null> {
  return queryDatabase(() => getDatabase().user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true } }));
}

export async function findAccountByEmail(email: string): Promise<{ id: string; twoFactorEnabled: boolean } | null> {
  const user = await queryDatabase(() => getDatabase().user.findUnique({ where: { email }, select: { id: true, twoFactorEnabled: true } }));
  return user ? { id: user.id, twoFactorEnabled: user.twoFactorEnabled === true } : null;
}

export async function organizationNameOf(organizationId: string): Promise<string | null> {
  const organization = await queryDatabase(() => getDatabase().organization.findUnique({ where: { id: organizationId }, select: { name: true } }));
  return organization?.name ?? null;
}

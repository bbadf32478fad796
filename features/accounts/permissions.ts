/**
 * Who may do what (isomorphic; pages, actions and tests share it). Roles:
 * admins and moderators review and publish, and need two-factor sign-in to
 * act at all (a taken-over moderator account could swap a hotline number for
 * a trap); legal reviewers mark rights guides reviewed; editors propose
 * changes to the listings of the organizations they are members of.
 */
export const STAFF_ROLES = ["admin", "moderator", "legal_reviewer", "editor"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** A signed-in staff member, as pages and actions see them. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  locale: string;
  twoFactorEnabled: boolean;
  /** Organizations this person is an editor of. */
  organizationIds: readonly string[];
}

/** Roles that must set up two-factor sign-in before they can do anything. */
export function requiresTwoFactor(role: StaffRole): boolean {
  return role === "admin" || role === "moderator";
}

export function mustSetUpTwoFactor(viewer: Viewer): boolean {
  return requiresTwoFactor(viewer.role) && !viewer.twoFactorEnabled;
}

/** Review the queue, approve and reject changes, decide claims and reports, re-verify listings, invite editors. */
export function canModerate(viewer: Viewer): boolean {
  return (viewer.role === "admin" || viewer.role === "moderator") && viewer.twoFactorEnabled;
}

/** Invite and remove staff, read the outbox. */
export function canAdminister(viewer: Viewer): boolean {
  return viewer.role === "admin" && viewer.twoFactorEnabled;
}

/** Mark a rights guide reviewed by an immigration attorney. */
export function canReviewGuides(viewer: Viewer): boolean {
  return viewer.role === "legal_reviewer";
}

/** Propose changes to one organization's listing: its editors, and moderators. */
export function canEditListing(viewer: Viewer, organizationId: string): boolean {
  return canModerate(viewer) || (!mustSetUpTwoFactor(viewer) && viewer.organizationIds.includes(organizationId));
}

/** Invite someone to a role: editors by moderators, every other role by admins only. */
export function canInvite(viewer: Viewer, role: StaffRole): boolean {
  return role === "editor" ? canModerate(viewer) : canAdminister(viewer);
}

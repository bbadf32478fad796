/**
 * The change-request vocabulary shared by the portal, the admin area and
 * their actions (isomorphic). A form carries the base it was opened at, so a
 * save from a stale form is refused instead of overwriting someone else's
 * work.
 */
export const OPEN_CHANGE_STATUSES = ["draft", "pending", "changes_requested", "awaiting_second"] as const;
export type OpenChangeStatus = (typeof OPEN_CHANGE_STATUSES)[number];
export type ChangeStatus = OpenChangeStatus | "approved" | "rejected" | "discarded";

/** Queue states: sent for review, or waiting for a second moderator. */
export const REVIEWABLE_STATUSES = ["pending", "awaiting_second"] as const;

/** What an editing form was opened at: the published version, and the open change request's revision if there was one. */
export interface ListingBase {
  version: number;
  changeRequestId: string | null;
  revision: number | null;
}

export function encodeBase(base: ListingBase): string {
  return [base.version, base.changeRequestId ?? "", base.revision ?? ""].join(":");
}

/** A base from a form field; null when it is not one (a forged or truncated form). */
export function decodeBase(value: string): ListingBase | null {
  const match = /^(\d{1,9}):([0-9a-f-]{36})?:(\d{1,9})?$/.exec(value);
  if (!match) return null;
  const [, version, changeRequestId, revision] = match;
  if ((changeRequestId === undefined) !== (revision === undefined)) return null;
  return { version: Number(version), changeRequestId: changeRequestId ?? null, revision: revision === undefined ? null : Number(revision) };
}

export function sameBase(a: ListingBase, b: ListingBase): boolean {
  return a.version === b.version && a.changeRequestId === b.changeRequestId && a.revision === b.revision;
}

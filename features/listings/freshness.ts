import { HIDDEN_AFTER_DAYS, STALE_AFTER_DAYS } from "./schema";

const DAY_MS = 24 * 60 * 60 * 1000;

export type Freshness = "fresh" | "stale" | "hidden" | "unverified";

/** How current a listing's verification is: over 180 days warns, over 365 hides it from search. */
export function freshnessOf(verifiedAt: Date | null, now: Date): Freshness {
  if (!verifiedAt) return "unverified";
  const ageDays = (now.getTime() - verifiedAt.getTime()) / DAY_MS;
  if (ageDays > HIDDEN_AFTER_DAYS) return "hidden";
  if (ageDays > STALE_AFTER_DAYS) return "stale";
  return "fresh";
}

/** The oldest verification date that search still shows. */
export function oldestSearchableVerification(now: Date): Date {
  return new Date(now.getTime() - HIDDEN_AFTER_DAYS * DAY_MS);
}

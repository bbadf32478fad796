import type { RateLimitRule } from "@/lib/rate-limit";

/**
 * How often the public forms about a listing may be sent. Per client address
 * (as the production server vouches for it, lib/client-address.ts) and per
 * organization: a flood aimed at one listing fills only that listing's
 * quota, and no counter is shared by the whole site, so nobody can shut a
 * form for everyone.
 */
export const PROBLEM_REPORT_RATE_LIMIT: RateLimitRule = {
  perClient: { points: 5, durationSeconds: 60 * 60 },
  perAccount: { points: 30, durationSeconds: 60 * 60 },
};

export const CLAIM_RATE_LIMIT: RateLimitRule = {
  perClient: { points: 5, durationSeconds: 60 * 60 },
  perAccount: { points: 20, durationSeconds: 60 * 60 },
};

/** Password lengths (isomorphic: forms show them as hints, lib/auth.ts enforces them). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

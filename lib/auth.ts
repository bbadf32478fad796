import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/features/accounts/limits";
import { readAuthSecret } from "./auth-secret";
import { databaseProviderOf, resolveDatabaseUrl } from "./database-url";
import { getDatabase } from "./db";
import { logger } from "./logger";
import { siteUrl } from "./site-url";

/**
 * Staff sign-in (docs/decisions/015-staff-accounts.md): better-auth with its
 * Prisma adapter, email and password (scrypt), database sessions, TOTP
 * two-factor, and its admin plugin for creating accounts from accepted
 * invitations. There is no sign-up, and no HTTP endpoint of better-auth is
 * mounted: every flow is a server action of ours that calls `auth.api`, so
 * our rate limits (lib/rate-limit.ts) and checks run first.
 *
 * Privacy: sessions keep no client address or browser string, and anonymous
 * visitors never get a cookie from here (better-auth sets its cookies only
 * after a correct password).
 */

/** Staff cookies start with this, so they are easy to tell from the locale cookie. */
export const STAFF_COOKIE_PREFIX = "kyr-staff";
/** A signed-in staff session lasts a working day; then the person signs in again. */
const SESSION_SECONDS = 12 * 60 * 60;
/** How long a password reset link works. */
export const RESET_LINK_SECONDS = 60 * 60;

function createAuth() {
  return betterAuth({
    appName: "Know-Your-Rights Directory",
    baseURL: siteUrl(),
    secret: readAuthSecret(),
    database: prismaAdapter(getDatabase(), { provider: databaseProviderOf(resolveDatabaseUrl()) }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      // The link is built and sent by features/accounts (in the person's language), from the token.
      sendResetPassword: async ({ user, token }) => {
        const { sendPasswordResetEmail } = await import("@/features/accounts/emails");
        await sendPasswordResetEmail(user.id, token);
      },
    },
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "en", input: false },
      },
    },
    session: {
      expiresIn: SESSION_SECONDS,
      // A session is never extended: it ends a working day after sign-in.
      updateAge: SESSION_SECONDS,
      cookieCache: { enabled: false },
    },
    advanced: {
      cookiePrefix: STAFF_COOKIE_PREFIX,
      useSecureCookies: siteUrl().startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: { disableIpTracking: true },
    },
    // Its own limiter does not run for calls from server actions; ours does (features/accounts/actions.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      // The message only: its arguments can hold email addresses.
      log: (level, message) => logger[level === "debug" ? "debug" : level]({ source: "auth" }, message),
    },
    databaseHooks: {
      session: {
        create: {
          // Sessions hold no client address or browser string, whatever the library collects.
          before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: null } }),
        },
      },
    },
    plugins: [
      // For `createUser` (accepted invitations) and switched-off accounts. Roles are ours
      // (features/accounts/permissions.ts): no endpoint of the plugin is mounted.
      admin({ defaultRole: "editor", adminRoles: ["admin"] }),
      twoFactor({ issuer: "Know-Your-Rights Directory", skipVerificationOnEnable: false }),
      // Sets the cookies of sign-in calls made from server actions; must come last.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { kyrAuth?: Auth };

/** The process-wide auth instance, made on first use (after DATABASE_URL is known). */
export function getAuth(): Auth {
  globalForAuth.kyrAuth ??= createAuth();
  return globalForAuth.kyrAuth;
}

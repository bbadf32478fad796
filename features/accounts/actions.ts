"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { asLocale, type Locale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import type { AuditActor } from "@/lib/audit-log";
import { getAuth } from "@/lib/auth";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { formErrorsOf } from "@/lib/form-errors";
import { formText, type FormState } from "@/lib/form-state";
import { serverAction } from "@/lib/server-action";
import { forgetAccountAttempts, type RateLimitRule } from "@/lib/rate-limit";
import { withinRateLimit } from "@/lib/request-client";
import { findAccountByEmail, findUsableInvitation, organizationNameOf } from "./data";
import { currentViewer } from "./viewer";
import { sendInvitationEmail } from "./emails";
import {
  claimInvitation,
  completeInvitation,
  createInvitation,
  deleteUnconfirmedTwoFactor,
  releaseInvitation,
  removeMembership,
  revokeInvitation,
  setAccountActive,
} from "./mutations";
import { canAdminister, canInvite, canModerate, requiresTwoFactor, type StaffRole, type Viewer } from "./permissions";
import { safeReturnPath } from "./return-path";
import {
  invitationAcceptanceSchema,
  invitationSchema,
  invitationSignInSchema,
  passwordConfirmationSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  twoFactorCodeSchema,
} from "./schema";

/*
 * Sign-in and account actions. Every one is a public endpoint whose
 * arguments are whatever a request carried: each parses its form with the
 * shared schema, counts against our own rate limits before it touches a
 * password or a code (better-auth's limiter does not run for these calls),
 * and answers with a form state, never an exception, for anything a person
 * can cause.
 */

/** Sign-in: per address and per account, 10 attempts in 15 minutes; the account's count resets when it signs in. */
const SIGN_IN_LIMIT: RateLimitRule = {
  perClient: { points: 20, durationSeconds: 15 * 60 },
  perAccount: { points: 10, durationSeconds: 15 * 60 },
};
/** Second-factor codes: better-auth also locks an account after ten wrong codes in a row. */
const CODE_LIMIT: RateLimitRule = { perClient: { points: 10, durationSeconds: 15 * 60 } };
/** Reset links: a few per address and per account an hour, so nobody can flood an inbox. */
const RESET_LIMIT: RateLimitRule = {
  perClient: { points: 10, durationSeconds: 60 * 60 },
  perAccount: { points: 3, durationSeconds: 60 * 60 },
};
/** Invitation and reset links carry a token: guessing them is throttled too. */
const LINK_LIMIT: RateLimitRule = { perClient: { points: 20, durationSeconds: 15 * 60 } };
/** Invitations sent by one staff member. */
const INVITE_LIMIT: RateLimitRule = { perClient: { points: 50, durationSeconds: 60 * 60 } };

type Values = Record<string, string>;

function invalid(values: Values, formError: string | null, fieldErrors: Record<string, string> = {}): FormState {
  return { status: "invalid", formError, fieldErrors, values };
}

function apiErrorCode(error: unknown): string | null {
  if (error instanceof APIError) {
    const body = error.body as { code?: unknown } | undefined;
    return typeof body?.code === "string" ? body.code : null;
  }
  return null;
}

function isStorageFailure(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError;
}

/** Where a signed-in person goes next: the page they came for, or where their role starts. */
function landingPath(locale: Locale, role: StaffRole, twoFactorEnabled: boolean, next: string | null): string {
  if (requiresTwoFactor(role) && !twoFactorEnabled) return localizedPath(locale, "/portal/security");
  const start = { editor: "/portal", legal_reviewer: "/admin/rights", moderator: "/admin", admin: "/admin" }[role];
  return next ?? localizedPath(locale, start);
}

export const signIn = serverAction(async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(formText(formData, "locale", 10));
  const values = { email: formText(formData, "email", 300), next: formText(formData, "next", 500) };
  const parsed = signInSchema.safeParse({ email: values.email, password: formText(formData, "password", 1_000) });
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  if (!(await withinRateLimit("sign-in", SIGN_IN_LIMIT, parsed.data.email))) return invalid(values, "tooManyAttempts");

  let result: Awaited<ReturnType<ReturnType<typeof getAuth>["api"]["signInEmail"]>>;
  try {
    result = await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true }, headers: await headers() });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "BANNED_USER") return invalid(values, "accountDisabled");
    if (code !== null) return invalid(values, "wrongCredentials");
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
  await forgetAccountAttempts("sign-in", SIGN_IN_LIMIT, parsed.data.email);
  const next = safeReturnPath(locale, values.next);
  if ("twoFactorRedirect" in result && result.twoFactorRedirect) {
    redirect(`${localizedPath(locale, "/portal/two-factor")}${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  }
  const user = "user" in result ? (result.user as { role?: string | null; twoFactorEnabled?: boolean | null }) : null;
  const role = (user?.role ?? "editor") as StaffRole;
  redirect(landingPath(locale, role, user?.twoFactorEnabled === true, next));
});

/** The second step of signing in: a code from the authenticator app, or a backup code. */
export const verifySignInCode = serverAction(async function verifySignInCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(formText(formData, "locale", 10));
  const values = { next: formText(formData, "next", 500) };
  const parsed = twoFactorCodeSchema.safeParse({ code: formText(formData, "code", 100) });
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  if (!(await withinRateLimit("two-factor", CODE_LIMIT))) return invalid(values, "tooManyAttempts");
  const { code } = parsed.data;
  const requestHeaders = await headers();
  let user: { role?: string | null };
  try {
    const result = /^\d{6}$/.test(code)
      ? await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders })
      : await getAuth().api.verifyBackupCode({ body: { code: code.includes("-") ? code : `${code.slice(0, 5)}-${code.slice(5)}` }, headers: requestHeaders });
    user = result.user as { role?: string | null };
  } catch (error) {
    const errorCode = apiErrorCode(error);
    if (errorCode === "INVALID_TWO_FACTOR_COOKIE" || errorCode === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE") return invalid(values, "codeExpired");
    if (errorCode === "ACCOUNT_TEMPORARILY_LOCKED") return invalid(values, "codeLocked");
    if (errorCode !== null) return invalid(values, null, { code: "wrongCode" });
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
  redirect(landingPath(locale, (user.role ?? "editor") as StaffRole, true, safeReturnPath(locale, values.next)));
});

export const signOut = serverAction(async function signOut(formData: FormData): Promise<void> {
  const locale = asLocale(formText(formData, "locale", 10));
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch (error) {
    // Signing out an ended session is done already.
    if (apiErrorCode(error) === null && !isStorageFailure(error)) throw error;
  }
  redirect(localizedPath(locale, "/portal/sign-in"));
});

/** Sends a reset link if the account exists; answers the same either way, so nobody learns which addresses have accounts. */
export const requestPasswordReset = serverAction(async function requestPasswordReset(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, "email", 300) };
  const parsed = passwordResetRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  if (!(await withinRateLimit("password-reset", RESET_LIMIT, parsed.data.email))) return invalid(values, "tooManyAttempts");
  try {
    await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email } });
  } catch (error) {
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    if (apiErrorCode(error) === null) throw error;
  }
  return { status: "done", formError: null, fieldErrors: {}, values: { email: "" } };
});

export const resetPassword = serverAction(async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(formText(formData, "locale", 10));
  const values = { token: formText(formData, "token", 300) };
  const parsed = passwordResetSchema.safeParse({ ...values, password: formText(formData, "password", 1_000), confirmPassword: formText(formData, "confirmPassword", 1_000) });
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  if (!(await withinRateLimit("reset-link", LINK_LIMIT))) return invalid(values, "tooManyAttempts");
  try {
    await getAuth().api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password } });
  } catch (error) {
    if (apiErrorCode(error) !== null) return invalid(values, "linkInvalid");
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
  redirect(`${localizedPath(locale, "/portal/sign-in")}?reset=1`);
});

/** A new account from an invitation: name and password, then signed in. */
export const acceptInvitation = serverAction(async function acceptInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(formText(formData, "locale", 10));
  const values = { token: formText(formData, "token", 300), name: formText(formData, "name", 300) };
  const parsed = invitationAcceptanceSchema.safeParse({ ...values, password: formText(formData, "password", 1_000), confirmPassword: formText(formData, "confirmPassword", 1_000) });
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  if (!(await withinRateLimit("invitation", LINK_LIMIT))) return invalid(values, "tooManyAttempts");

  let role: StaffRole;
  try {
    const invitation = await findUsableInvitation(parsed.data.token);
    if (!invitation || invitation.accountExists || !(await claimInvitation(invitation.id))) return invalid(values, "invitationInvalid");
    let userId: string;
    try {
      const created = await getAuth().api.createUser({
        // Its role comes with completeInvitation, in one transaction with the membership.
        body: { email: invitation.email, password: parsed.data.password, name: parsed.data.name, data: { locale: invitation.locale } },
      });
      userId = created.user.id;
    } catch (error) {
      await releaseInvitation(invitation.id);
      throw error;
    }
    role = await completeInvitation(userId, invitation);
    await getAuth().api.signInEmail({ body: { email: invitation.email, password: parsed.data.password, rememberMe: true }, headers: await headers() });
  } catch (error) {
    if (apiErrorCode(error) !== null) return invalid(values, "invitationInvalid");
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
  redirect(landingPath(locale, role, false, null));
});

/** An existing account accepting an invitation: its password proves it is theirs. */
export const acceptInvitationSignedIn = serverAction(async function acceptInvitationSignedIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(formText(formData, "locale", 10));
  const values = { token: formText(formData, "token", 300) };
  const parsed = invitationSignInSchema.safeParse({ ...values, password: formText(formData, "password", 1_000) });
  if (!parsed.success) return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  const invitation = await findUsableInvitation(parsed.data.token).catch(() => null);
  if (!invitation || !invitation.accountExists) return invalid(values, "invitationInvalid");
  if (!(await withinRateLimit("sign-in", SIGN_IN_LIMIT, invitation.email))) return invalid(values, "tooManyAttempts");

  let result: Awaited<ReturnType<ReturnType<typeof getAuth>["api"]["signInEmail"]>>;
  try {
    result = await getAuth().api.signInEmail({ body: { email: invitation.email, password: parsed.data.password, rememberMe: true }, headers: await headers() });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "BANNED_USER") return invalid(values, "accountDisabled");
    if (code !== null) return invalid(values, null, { password: "wrongPassword" });
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
  await forgetAccountAttempts("sign-in", SIGN_IN_LIMIT, invitation.email);
  const user = await findAccountByEmail(invitation.email);
  if (!user || !(await claimInvitation(invitation.id))) return invalid(values, "invitationInvalid");
  const role = await completeInvitation(user.id, invitation);
  if ("twoFactorRedirect" in result && result.twoFactorRedirect) redirect(localizedPath(locale, "/portal/two-factor"));
  redirect(landingPath(locale, role, user.twoFactorEnabled, null));
});

export interface TwoFactorSetupState extends FormState {
  /** Once the password is checked: what the app needs (with its QR code), and the backup codes to keep. */
  setup: { totpUri: string; secret: string; backupCodes: string[]; qrSvg: string } | null;
}

async function setupView(totpUri: string, backupCodes: string[]): Promise<NonNullable<TwoFactorSetupState["setup"]>> {
  const secret = new URL(totpUri).searchParams.get("secret") ?? "";
  // Drawn here, so the page loads nothing from elsewhere; error correction M survives a phone camera's glare.
  const qrSvg = Buffer.from(await QRCode.toString(totpUri, { type: "svg", errorCorrectionLevel: "M", margin: 1 })).toString("base64");
  return { totpUri, secret, backupCodes, qrSvg };
}

/**
 * Two-factor setup in two steps through one form state, so it also works
 * without JavaScript: first the password (better-auth makes the secret and
 * the backup codes), then the first code from the app, which turns it on.
 * The second step's form carries the secret and codes it shows back, for
 * display only: what is checked is the code, against the stored secret.
 */
export const setUpTwoFactor = serverAction(async function setUpTwoFactor(previous: TwoFactorSetupState, formData: FormData): Promise<TwoFactorSetupState> {
  const viewer = await currentViewer();
  if (!viewer) return { ...previous, status: "signedOut", formError: "sessionEnded", fieldErrors: {} };
  const requestHeaders = await headers();
  if (formText(formData, "step", 20) !== "confirm") {
    const parsed = passwordConfirmationSchema.safeParse({ password: formText(formData, "password", 1_000) });
    if (!parsed.success) return { ...previous, ...invalid({}, null, formErrorsOf(parsed.error).fieldErrors), setup: null };
    if (!(await withinRateLimit("sign-in", SIGN_IN_LIMIT, viewer.email))) return { ...previous, ...invalid({}, "tooManyAttempts"), setup: null };
    try {
      // A setup started earlier and never confirmed is replaced.
      if (!viewer.twoFactorEnabled) await deleteUnconfirmedTwoFactor(viewer.id);
      const result = await getAuth().api.enableTwoFactor({ body: { password: parsed.data.password }, headers: requestHeaders });
      if (!("totpURI" in result)) return { ...previous, ...invalid({}, "unavailable"), setup: null };
      return { status: "idle", formError: null, fieldErrors: {}, values: {}, setup: await setupView(result.totpURI, result.backupCodes) };
    } catch (error) {
      if (apiErrorCode(error) !== null) return { ...previous, ...invalid({}, null, { password: "wrongPassword" }), setup: null };
      if (isStorageFailure(error)) return { ...previous, ...invalid({}, "unavailable"), setup: null };
      throw error;
    }
  }

  const totpUri = formText(formData, "totpUri", 500);
  const backupCodes = formText(formData, "backupCodes", 500).split(" ").filter((code) => /^[A-Za-z0-9-]{6,20}$/.test(code)).slice(0, 20);
  const setup = totpUri.startsWith("otpauth://totp/") ? await setupView(totpUri, backupCodes).catch(() => null) : null;
  const parsed = twoFactorCodeSchema.safeParse({ code: formText(formData, "code", 100) });
  if (!parsed.success || !/^\d{6}$/.test(parsed.data.code)) return { status: "invalid", formError: null, fieldErrors: { code: "codeFormat" }, values: {}, setup };
  if (!(await withinRateLimit("two-factor", CODE_LIMIT))) return { status: "invalid", formError: "tooManyAttempts", fieldErrors: {}, values: {}, setup };
  try {
    await getAuth().api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
  } catch (error) {
    if (apiErrorCode(error) !== null) return { status: "invalid", formError: null, fieldErrors: { code: "wrongCode" }, values: {}, setup };
    if (isStorageFailure(error)) return { status: "invalid", formError: "unavailable", fieldErrors: {}, values: {}, setup };
    throw error;
  }
  return { status: "done", formError: null, fieldErrors: {}, values: {}, setup };
});

// ---------------------------------------------------------------------------
// Staff management

function staffActor(viewer: Viewer): AuditActor {
  return { id: viewer.id, name: viewer.name, role: viewer.role };
}

/** Invites someone: editors (of one organization) by moderators, every other role by admins. */
export const inviteStaff = serverAction(async function inviteStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    email: formText(formData, "email", 300),
    role: formText(formData, "role", 40),
    organizationId: formText(formData, "organizationId", 60),
    locale: formText(formData, "locale", 10),
  };
  const viewer = await currentViewer();
  if (!viewer) return { status: "signedOut", formError: "sessionEnded", fieldErrors: {}, values };
  const parsed = invitationSchema.safeParse({ ...values, organizationId: values.organizationId || undefined });
  if (!parsed.success) {
    if (!canModerate(viewer)) return { status: "denied", formError: "denied", fieldErrors: {}, values };
    return invalid(values, null, formErrorsOf(parsed.error).fieldErrors);
  }
  if (!canInvite(viewer, parsed.data.role)) return { status: "denied", formError: "denied", fieldErrors: {}, values };
  if (!(await withinRateLimit("invite", INVITE_LIMIT, viewer.id))) return invalid(values, "tooManyAttempts");
  try {
    const organizationName = parsed.data.organizationId ? await organizationNameOf(parsed.data.organizationId) : null;
    if (parsed.data.role === "editor" && organizationName === null) return invalid(values, null, { organizationId: "chooseOrganization" });
    const { token } = await createInvitation(parsed.data, staffActor(viewer));
    const sent = await sendInvitationEmail({ to: parsed.data.email, locale: parsed.data.locale, role: parsed.data.role, organizationName, inviterName: viewer.name, token });
    return { status: "done", formError: sent ? null : "emailNotSent", fieldErrors: {}, values: { email: "", role: values.role, organizationId: values.organizationId, locale: values.locale } };
  } catch (error) {
    if (isStorageFailure(error)) return invalid(values, "unavailable");
    throw error;
  }
});

/** Single-button staff actions (no field to correct): they go back to `returnTo` with a notice. */
async function finishStaffAction(formData: FormData, work: (viewer: Viewer) => Promise<"done" | "denied" | "failed">): Promise<never> {
  const locale = asLocale(formText(formData, "locale", 10));
  const returnTo = safeReturnPath(locale, formText(formData, "returnTo", 500)) ?? localizedPath(locale, "/admin");
  const viewer = await currentViewer();
  if (!viewer) redirect(`${localizedPath(locale, "/portal/sign-in")}?next=${encodeURIComponent(returnTo)}`);
  let outcome: "done" | "denied" | "failed";
  try {
    outcome = await work(viewer);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    outcome = "failed";
  }
  redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}result=${outcome}`);
}

export const revokeStaffInvitation = serverAction(async function revokeStaffInvitation(formData: FormData): Promise<void> {
  await finishStaffAction(formData, async (viewer) => {
    if (!canModerate(viewer)) return "denied";
    return (await revokeInvitation(formText(formData, "invitationId", 60), staffActor(viewer))) ? "done" : "failed";
  });
});

export const removeEditor = serverAction(async function removeEditor(formData: FormData): Promise<void> {
  await finishStaffAction(formData, async (viewer) => {
    if (!canModerate(viewer)) return "denied";
    return (await removeMembership(formText(formData, "userId", 60), formText(formData, "organizationId", 60), staffActor(viewer))) ? "done" : "failed";
  });
});

export const setStaffAccountActive = serverAction(async function setStaffAccountActive(formData: FormData): Promise<void> {
  await finishStaffAction(formData, async (viewer) => {
    const userId = formText(formData, "userId", 60);
    if (!canAdminister(viewer) || userId === viewer.id) return "denied";
    return (await setAccountActive(userId, formText(formData, "active", 5) === "true", staffActor(viewer))) ? "done" : "failed";
  });
});

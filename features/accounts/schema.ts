import { z } from "zod";
import { LOCALE_CODES } from "@/i18n/locales";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";
import { STAFF_ROLES } from "./permissions";

/**
 * Staff account forms, shared by the forms, their server actions and the
 * admin:create command. Messages are keys of `Account.errors`.
 */
export const emailSchema = z
  .string({ error: "emailFormat" })
  .trim()
  .toLowerCase()
  .max(254, { error: "emailFormat" })
  .pipe(z.email({ error: "emailFormat" }));

const newPasswordSchema = z
  .string({ error: "passwordTooShort" })
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "passwordTooLong" });

/** A new password typed twice: the second must match. */
const passwordsMatch = { path: ["confirmPassword"], error: "passwordsDiffer" };
const samePasswordTwice = (values: { password: string; confirmPassword: string }) => values.password === values.confirmPassword;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(MAX_PASSWORD_LENGTH, { error: "passwordTooLong" }),
});
export type SignInInput = z.output<typeof signInSchema>;

/** An authenticator app's six digits, or one of the backup codes (letters and digits, with or without a dash). */
export const twoFactorCodeSchema = z.object({
  code: z
    .string({ error: "codeFormat" })
    .transform((code) => code.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^(\d{6}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$/, { error: "codeFormat" })),
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

const linkTokenSchema = z.string({ error: "linkInvalid" }).regex(/^[A-Za-z0-9_-]{10,200}$/, { error: "linkInvalid" });

export const passwordResetSchema = z
  .object({ token: linkTokenSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .refine(samePasswordTwice, passwordsMatch);

export const invitationAcceptanceSchema = z
  .object({
    token: linkTokenSchema,
    name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(100, { error: "nameTooLong" }),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(samePasswordTwice, passwordsMatch);

/** An existing account accepting an invitation signs in with its password instead. */
export const invitationSignInSchema = z.object({
  token: linkTokenSchema,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(MAX_PASSWORD_LENGTH, { error: "passwordTooLong" }),
});

/** An invitation to a staff role; an editor's names the organization. */
export const invitationSchema = z
  .object({
    email: emailSchema,
    role: z.enum(STAFF_ROLES, { error: "chooseRole" }),
    organizationId: z.uuid({ error: "chooseOrganization" }).optional(),
    locale: z.enum(LOCALE_CODES, { error: "chooseLanguage" }),
  })
  .refine((invitation) => invitation.role !== "editor" || invitation.organizationId !== undefined, { path: ["organizationId"], error: "chooseOrganization" });
export type InvitationInput = z.output<typeof invitationSchema>;

export const passwordConfirmationSchema = z.object({
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(MAX_PASSWORD_LENGTH, { error: "passwordTooLong" }),
});

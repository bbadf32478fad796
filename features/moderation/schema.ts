import { z } from "zod";
import { CLAIM_MESSAGE_MAX, PROBLEM_REPORT_CATEGORIES, PROBLEM_REPORT_CONTACT_MAX, PROBLEM_REPORT_DETAILS_MAX } from "./form-state";

/**
 * The public "Report a problem" form, shared by the form, its server action
 * and any API. Error messages are keys of the `Report.errors` messages.
 */
export const problemReportSchema = z.object({
  organizationSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "unknownOrganization" }).max(120, { error: "unknownOrganization" }),
  category: z.enum(PROBLEM_REPORT_CATEGORIES, { error: "categoryRequired" }),
  details: z
    .string({ error: "detailsTooShort" })
    .trim()
    .min(10, { error: "detailsTooShort" })
    .max(PROBLEM_REPORT_DETAILS_MAX, { error: "detailsTooLong" })
    // Control characters other than line breaks and tabs never belong in a report.
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), { error: "detailsInvalid" }),
  contact: z
    .string()
    .trim()
    .max(PROBLEM_REPORT_CONTACT_MAX, { error: "contactTooLong" })
    .refine((text) => !/[\u0000-\u001F\u007F]/.test(text), { error: "contactInvalid" })
    .optional()
    .transform((text) => (text ? text : undefined)),
});

export type ProblemReportInput = z.output<typeof problemReportSchema>;

/** Control characters other than line breaks and tabs never belong in what a person types. */
const hasControlCharacters = (text: string) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);

/**
 * "Are you from this organization?": who asks to keep a listing up to date.
 * Messages are keys of `Claim.errors`.
 */
export const claimSchema = z.object({
  organizationSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "unknownOrganization" }).max(120, { error: "unknownOrganization" }),
  name: z.string({ error: "nameRequired" }).trim().min(2, { error: "nameRequired" }).max(100, { error: "nameTooLong" }).refine((text) => !hasControlCharacters(text), { error: "nameRequired" }),
  jobTitle: z.string({ error: "jobTitleRequired" }).trim().min(2, { error: "jobTitleRequired" }).max(100, { error: "jobTitleTooLong" }).refine((text) => !hasControlCharacters(text), { error: "jobTitleRequired" }),
  email: z.string({ error: "emailFormat" }).trim().toLowerCase().max(254, { error: "emailFormat" }).pipe(z.email({ error: "emailFormat" })),
  message: z
    .string()
    .trim()
    .max(CLAIM_MESSAGE_MAX, { error: "messageTooLong" })
    .refine((text) => !hasControlCharacters(text), { error: "messageInvalid" })
    .optional()
    .transform((text) => (text ? text : undefined)),
});
export type ClaimInput = z.output<typeof claimSchema>;

/** A moderator's reason or note, sent to the people concerned. Messages are keys of `Moderation.errors`. */
export const decisionNoteSchema = z
  .string({ error: "reasonRequired" })
  .trim()
  .min(5, { error: "reasonRequired" })
  .max(2_000, { error: "reasonTooLong" })
  .refine((text) => !hasControlCharacters(text), { error: "reasonRequired" });

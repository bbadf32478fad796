import { z } from "zod";
import { PROBLEM_REPORT_CATEGORIES, PROBLEM_REPORT_CONTACT_MAX, PROBLEM_REPORT_DETAILS_MAX } from "./form-state";

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

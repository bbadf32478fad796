/**
 * The "Report a problem" form's vocabulary, limits and state, without zod:
 * the form's browser code imports this module, so the validation library
 * stays on the server (and never probes for eval under the page's CSP).
 */
export const PROBLEM_REPORT_CATEGORIES = [
  "wrong_phone",
  "wrong_address",
  "wrong_hours",
  "closed_or_moved",
  "not_accepting_cases",
  "suspected_fraud",
  "other",
] as const;
export type ProblemReportCategory = (typeof PROBLEM_REPORT_CATEGORIES)[number];

export const PROBLEM_REPORT_DETAILS_MAX = 2_000;
export const PROBLEM_REPORT_CONTACT_MAX = 200;
export const CLAIM_MESSAGE_MAX = 1_000;

export type ProblemReportField = "category" | "details" | "contact";
export type ProblemReportErrorKey =
  | "unknownOrganization"
  | "categoryRequired"
  | "detailsTooShort"
  | "detailsTooLong"
  | "detailsInvalid"
  | "contactTooLong"
  | "contactInvalid"
  | "rateLimited"
  | "unavailable";

export interface ProblemReportFormState {
  status: "idle" | "saved" | "invalid";
  fieldErrors: Partial<Record<ProblemReportField, ProblemReportErrorKey>>;
  formError: ProblemReportErrorKey | null;
  /** What the reporter typed, to fill the form again after an error (also without JavaScript). */
  values: { category: string; details: string; contact: string };
}

export const EMPTY_PROBLEM_REPORT_STATE: ProblemReportFormState = {
  status: "idle",
  fieldErrors: {},
  formError: null,
  values: { category: "", details: "", contact: "" },
};

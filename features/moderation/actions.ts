"use server";

import { getLocale } from "next-intl/server";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { withinRateLimit } from "@/lib/request-client";
import { createProblemReport } from "./mutations";
import { EMPTY_PROBLEM_REPORT_STATE, type ProblemReportErrorKey, type ProblemReportField, type ProblemReportFormState } from "./form-state";
import { problemReportSchema } from "./schema";

const REPORT_RATE_LIMIT = {
  perClient: { points: 5, durationSeconds: 60 * 60 },
  global: { points: 300, durationSeconds: 60 * 60 },
};

function formText(formData: FormData, name: string, maxLength: number): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, maxLength) : "";
}

export async function submitProblemReport(
  _previous: ProblemReportFormState,
  formData: FormData,
): Promise<ProblemReportFormState> {
  // A server action is a public endpoint: its arguments are whatever a request carried.
  if (!(formData instanceof FormData)) return { ...EMPTY_PROBLEM_REPORT_STATE, status: "invalid", formError: "invalidForm" };
  const values = {
    category: formText(formData, "category", 40),
    details: formText(formData, "details", 4_000),
    contact: formText(formData, "contact", 400),
  };
  // Bots fill the hidden field; they get the same answer as people, and nothing is stored.
  if (formText(formData, "website", 200) !== "") return { ...EMPTY_PROBLEM_REPORT_STATE, status: "saved" };

  const parsed = problemReportSchema.safeParse({
    organizationSlug: formText(formData, "organizationSlug", 200),
    category: values.category,
    details: values.details,
    contact: values.contact,
  });
  if (!parsed.success) {
    const fieldErrors: ProblemReportFormState["fieldErrors"] = {};
    let formError: ProblemReportErrorKey | null = null;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const key = issue.message as ProblemReportErrorKey;
      if (field === "category" || field === "details" || field === "contact") {
        fieldErrors[field as ProblemReportField] ??= key;
      } else {
        formError = key;
      }
    }
    return { status: "invalid", fieldErrors, formError, values };
  }

  if (!(await withinRateLimit("problem-report", REPORT_RATE_LIMIT))) {
    return { status: "invalid", fieldErrors: {}, formError: "rateLimited", values };
  }

  try {
    const id = await createProblemReport(parsed.data, await getLocale());
    if (!id) return { status: "invalid", fieldErrors: {}, formError: "unknownOrganization", values };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError) {
      return { status: "invalid", fieldErrors: {}, formError: "unavailable", values };
    }
    throw error;
  }
  return { ...EMPTY_PROBLEM_REPORT_STATE, status: "saved" };
}

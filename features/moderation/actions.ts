"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { editorsToNotify } from "@/features/accounts/data";
import { currentViewer } from "@/features/accounts/viewer";
import { sendChangeDecisionEmails, sendClaimApprovedEmail, sendClaimRejectedEmail } from "@/features/accounts/emails";
import { createInvitation } from "@/features/accounts/mutations";
import { canModerate, canReviewGuides, type Viewer } from "@/features/accounts/permissions";
import { safeReturnPath } from "@/features/accounts/return-path";
import { recordLegalReview } from "@/features/rights/mutations";
import { legalReviewInputSchema } from "@/features/rights/schema";
import { asLocale, type Locale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import type { AuditActor } from "@/lib/audit-log";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { formErrorsOf } from "@/lib/form-errors";
import { formText, type FormState } from "@/lib/form-state";
import { serverAction } from "@/lib/server-action";
import { withinRateLimit } from "@/lib/request-client";
import { organizationNamesOf } from "./data";
import { CLAIM_RATE_LIMIT, PROBLEM_REPORT_RATE_LIMIT } from "./limits";
import { approveChangeRequest, createClaim, createProblemReport, decideClaim, dismissProblemReport, rejectChangeRequest, requestChanges, reverifyOrganization } from "./mutations";
import { EMPTY_PROBLEM_REPORT_STATE, type ProblemReportErrorKey, type ProblemReportField, type ProblemReportFormState } from "./form-state";
import { claimSchema, decisionNoteSchema, problemReportSchema } from "./schema";

export const submitProblemReport = serverAction(async function submitProblemReport(
  _previous: ProblemReportFormState,
  formData: FormData,
): Promise<ProblemReportFormState> {
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

  if (!(await withinRateLimit("problem-report", PROBLEM_REPORT_RATE_LIMIT, parsed.data.organizationSlug))) {
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
});

// ---------------------------------------------------------------------------
// "Are you from this organization?"

export const submitClaim = serverAction(async function submitClaim(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    name: formText(formData, "name", 300),
    jobTitle: formText(formData, "jobTitle", 300),
    email: formText(formData, "email", 400),
    message: formText(formData, "message", 2_000),
  };
  // Bots fill the hidden field; they get the same answer as people, and nothing is stored.
  if (formText(formData, "website", 200) !== "") return { status: "done", formError: null, fieldErrors: {}, values: { name: "", jobTitle: "", email: "", message: "" } };
  const parsed = claimSchema.safeParse({ organizationSlug: formText(formData, "organizationSlug", 200), ...values });
  if (!parsed.success) {
    const { fieldErrors, formError } = formErrorsOf(parsed.error, (path) => (path[0] === "organizationSlug" || path.length === 0 ? null : String(path[0])));
    return { status: "invalid", formError, fieldErrors, values };
  }
  if (!(await withinRateLimit("claim", CLAIM_RATE_LIMIT, parsed.data.organizationSlug))) return { status: "invalid", formError: "rateLimited", fieldErrors: {}, values };
  try {
    const id = await createClaim(parsed.data, await getLocale());
    if (!id) return { status: "invalid", formError: "unknownOrganization", fieldErrors: {}, values };
  } catch (error) {
    if (isStorageFailure(error)) return { status: "invalid", formError: "unavailable", fieldErrors: {}, values };
    throw error;
  }
  return { status: "done", formError: null, fieldErrors: {}, values: { name: "", jobTitle: "", email: "", message: "" } };
});

// ---------------------------------------------------------------------------
// Moderators' decisions

function isStorageFailure(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError;
}

function actorOf(viewer: Viewer): AuditActor {
  return { id: viewer.id, name: viewer.name, role: viewer.role };
}

interface DecisionContext {
  locale: Locale;
  viewer: Viewer;
  /** Where the decision's page sends the moderator back to. */
  returnTo: string;
}

/** Who decides, and where they go back to; the signed-out go to sign in. */
async function decisionContext(formData: FormData, fallbackPath: string): Promise<DecisionContext | { refused: "signedOut" | "denied"; locale: Locale; returnTo: string }> {
  const locale = asLocale(formText(formData, "locale", 10));
  const returnTo = safeReturnPath(locale, formText(formData, "returnTo", 500)) ?? localizedPath(locale, fallbackPath);
  const viewer = await currentViewer();
  if (!viewer) return { refused: "signedOut", locale, returnTo };
  if (!canModerate(viewer)) return { refused: "denied", locale, returnTo };
  return { locale, viewer, returnTo };
}

function withResult(path: string, result: string): string {
  const [pathname, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  params.set("result", result);
  return `${pathname}?${params.toString()}`;
}

function leave(context: { locale: Locale; returnTo: string }, result: string): never {
  if (result === "signedOut") redirect(`${localizedPath(context.locale, "/portal/sign-in")}?next=${encodeURIComponent(context.returnTo)}`);
  redirect(withResult(context.returnTo, result));
}

async function notifyEditors(organizationId: string, decision: Parameters<typeof sendChangeDecisionEmails>[1]["kind"], reason?: string): Promise<void> {
  const [editors, organization] = await Promise.all([editorsToNotify(organizationId), organizationNamesOf(organizationId)]);
  if (!organization) return;
  await sendChangeDecisionEmails(editors, { kind: decision, organizationName: organization.name, organizationSlug: organization.slug, reason });
}

export const approveChange = serverAction(async function approveChange(formData: FormData): Promise<void> {
  const context = await decisionContext(formData, "/admin");
  if ("refused" in context) leave(context, context.refused);
  const changeRequestId = formText(formData, "changeRequestId", 60);
  let result: string;
  try {
    const outcome = await approveChangeRequest(changeRequestId, actorOf(context.viewer));
    result = outcome.status === "awaitingSecond" && !outcome.publishedSomething ? "awaitingSecondNothing" : outcome.status;
    if (outcome.status === "published") await notifyEditors(outcome.organizationId, "published");
    if (outcome.status === "awaitingSecond" && outcome.publishedSomething) await notifyEditors(outcome.organizationId, "publishedInPart");
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    result = "unavailable";
  }
  leave({ locale: context.locale, returnTo: result === "published" ? localizedPath(context.locale, "/admin") : context.returnTo }, result);
});

/** Rejecting, or asking for changes: both need a note for the editors. */
export const decideChange = serverAction(async function decideChange(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formText(formData, "reason", 4_000) };
  const context = await decisionContext(formData, "/admin");
  if ("refused" in context) return { status: context.refused, formError: context.refused === "signedOut" ? "sessionEnded" : "denied", fieldErrors: {}, values };
  const parsed = decisionNoteSchema.safeParse(values.reason);
  if (!parsed.success) return { status: "invalid", formError: null, fieldErrors: { reason: parsed.error.issues[0]?.message ?? "reasonRequired" }, values };
  const changeRequestId = formText(formData, "changeRequestId", 60);
  const kind = formText(formData, "decision", 20) === "reject" ? "reject" : "requestChanges";
  let result: string;
  try {
    const outcome = kind === "reject" ? await rejectChangeRequest(changeRequestId, actorOf(context.viewer), parsed.data) : await requestChanges(changeRequestId, actorOf(context.viewer), parsed.data);
    if (outcome.status === "done") await notifyEditors(outcome.organizationId, kind === "reject" ? "rejected" : "changesRequested", parsed.data);
    result = outcome.status === "done" ? (kind === "reject" ? "rejected" : "changesRequested") : outcome.status;
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values };
  }
  redirect(withResult(localizedPath(context.locale, "/admin"), result));
});

export const reverify = serverAction(async function reverify(formData: FormData): Promise<void> {
  const context = await decisionContext(formData, "/admin/stale");
  if ("refused" in context) leave(context, context.refused);
  let result = "reverified";
  try {
    await reverifyOrganization(formText(formData, "organizationId", 60), actorOf(context.viewer));
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    result = "unavailable";
  }
  leave(context, result);
});

export const approveClaim = serverAction(async function approveClaim(formData: FormData): Promise<void> {
  const context = await decisionContext(formData, "/admin");
  if ("refused" in context) leave(context, context.refused);
  let result: string;
  try {
    const decision = await decideClaim(formText(formData, "claimId", 60), actorOf(context.viewer), { approve: true });
    if (decision.status !== "approved") result = "notReviewable";
    else {
      const { token } = await createInvitation(
        { email: decision.email, role: "editor", organizationId: decision.organizationId, locale: asLocale(decision.locale) },
        actorOf(context.viewer),
      );
      const sent = await sendClaimApprovedEmail({ to: decision.email, locale: decision.locale, organizationName: decision.organizationName, token });
      result = sent ? "claimApproved" : "claimApprovedNoEmail";
    }
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    result = "unavailable";
  }
  leave({ locale: context.locale, returnTo: localizedPath(context.locale, "/admin") }, result);
});

export const rejectClaim = serverAction(async function rejectClaim(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formText(formData, "reason", 4_000) };
  const context = await decisionContext(formData, "/admin");
  if ("refused" in context) return { status: context.refused, formError: context.refused === "signedOut" ? "sessionEnded" : "denied", fieldErrors: {}, values };
  const parsed = decisionNoteSchema.safeParse(values.reason);
  if (!parsed.success) return { status: "invalid", formError: null, fieldErrors: { reason: parsed.error.issues[0]?.message ?? "reasonRequired" }, values };
  let result: string;
  try {
    const decision = await decideClaim(formText(formData, "claimId", 60), actorOf(context.viewer), { approve: false, reason: parsed.data });
    if (decision.status === "rejected") {
      await sendClaimRejectedEmail({ to: decision.email, locale: decision.locale, organizationName: decision.organizationName, reason: parsed.data });
      result = "claimRejected";
    } else result = "notReviewable";
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values };
  }
  redirect(withResult(localizedPath(context.locale, "/admin"), result));
});

export const dismissReport = serverAction(async function dismissReport(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formText(formData, "reason", 4_000) };
  const context = await decisionContext(formData, "/admin");
  if ("refused" in context) return { status: context.refused, formError: context.refused === "signedOut" ? "sessionEnded" : "denied", fieldErrors: {}, values };
  const parsed = decisionNoteSchema.safeParse(values.reason);
  if (!parsed.success) return { status: "invalid", formError: null, fieldErrors: { reason: parsed.error.issues[0]?.message ?? "reasonRequired" }, values };
  let result: string;
  try {
    result = (await dismissProblemReport(formText(formData, "reportId", 60), actorOf(context.viewer), parsed.data)) ? "reportDismissed" : "notReviewable";
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values };
  }
  redirect(withResult(localizedPath(context.locale, "/admin"), result));
});

/** A legal reviewer records that an immigration attorney reviewed a guide's current text. */
export const reviewGuide = serverAction(async function reviewGuide(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { slug: formText(formData, "slug", 200), reviewedBy: formText(formData, "reviewedBy", 400), reviewedAt: formText(formData, "reviewedAt", 20) };
  const locale = asLocale(formText(formData, "locale", 10));
  const viewer = await currentViewer();
  if (!viewer) return { status: "signedOut", formError: "sessionEnded", fieldErrors: {}, values };
  if (!canReviewGuides(viewer)) return { status: "denied", formError: "denied", fieldErrors: {}, values };
  const parsed = legalReviewInputSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = formErrorsOf(parsed.error);
    return { status: "invalid", formError: null, fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field]) => [field, field === "reviewedAt" ? "dateInvalid" : "reviewerRequired"])), values };
  }
  try {
    if (!(await recordLegalReview(parsed.data, actorOf(viewer)))) return { status: "invalid", formError: "denied", fieldErrors: {}, values };
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values };
  }
  redirect(withResult(localizedPath(locale, "/admin/rights"), "reviewed"));
});

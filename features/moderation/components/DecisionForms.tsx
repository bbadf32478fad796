"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, SelectField, TextArea, TextField, type Choice } from "@/features/site/components/FormFields";
import { inviteStaff } from "@/features/accounts/actions";
import { idleFormState, type FormState } from "@/lib/form-state";
import { decideChange, dismissReport, rejectClaim, reviewGuide } from "../actions";

type Translator = ReturnType<typeof useTranslations<"Moderation">>;

function errorsOf(state: FormState, t: Translator) {
  const message = (key: string | null | undefined) => (key ? t(`errors.${key}` as "errors.denied") : null);
  return {
    errorOf: (path: string) => message(state.fieldErrors[path]),
    summary: <ErrorSummary title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />,
  };
}

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

const ACTIONS = { decideChange, rejectClaim, dismissReport } as const;

/** A decision that needs words for the people concerned: reject, ask for changes, dismiss a report. */
export function ReasonForm({
  kind,
  hidden,
  label,
  hint,
  submitLabel,
  testId,
}: {
  kind: keyof typeof ACTIONS;
  hidden: Record<string, string>;
  label: string;
  hint: string;
  submitLabel: string;
  testId: string;
}) {
  const t = useTranslations("Moderation");
  const [state, action, pending] = useActionState(ACTIONS[kind], idleFormState({ reason: "" }));
  const { errorOf } = errorsOf(state, t);
  const message = (key: string | null | undefined) => (key ? t(`errors.${key}` as "errors.denied") : null);
  return (
    <form action={action} noValidate className="space-y-3" data-testid={testId}>
      <Hidden fields={hidden} />
      <ErrorSummary idPrefix={testId} title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />
      <TextArea idPrefix={testId} path="reason" label={label} hint={hint} value={state.values.reason ?? ""} error={errorOf("reason")} rows={3} required />
      <button type="submit" className="button-secondary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

/** An invitation: an editor for one organization (moderators), or any role (admins). */
/** Invites staff (roles to choose from) or, with `organizationId` hidden, an organization's editor. */
export function InvitationForm({ hidden, roles, languages, defaultLanguage }: { hidden: Record<string, string>; roles: Choice[]; languages: Choice[]; defaultLanguage: string }) {
  const t = useTranslations("Moderation");
  const [state, action, pending] = useActionState(inviteStaff, idleFormState({ email: "", role: roles[0]?.value ?? "editor", organizationId: hidden.organizationId ?? "", locale: defaultLanguage }));
  const { errorOf, summary } = errorsOf(state, t);
  return (
    <form action={action} noValidate className="space-y-3" data-testid="invitation-form">
      <Hidden fields={hidden} />
      {state.status === "done" ? <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-3 font-semibold text-green-900">{t(state.formError === "emailNotSent" ? "results.inviteNotSent" : "results.invited")}</p> : null}
      {state.status === "done" ? null : summary}
      <TextField path="email" label={t("inviteEmail")} value={state.values.email ?? ""} error={errorOf("email")} type="email" inputMode="email" dir="ltr" required />
      {roles.length > 1 ? <SelectField path="role" label={t("inviteRole")} value={state.values.role ?? ""} error={errorOf("role")} options={roles} /> : <input type="hidden" name="role" value={roles[0]?.value ?? "editor"} />}
      <SelectField path="locale" label={t("inviteLanguage")} value={state.values.locale ?? defaultLanguage} error={errorOf("locale")} options={languages} />
      <button type="submit" className="button-primary" disabled={pending}>
        {t("invite")}
      </button>
    </form>
  );
}

export function GuideReviewForm({ hidden, defaultReviewer, today }: { hidden: Record<string, string>; defaultReviewer: string; today: string }) {
  const t = useTranslations("Moderation");
  const [state, action, pending] = useActionState(reviewGuide, idleFormState({ slug: hidden.slug ?? "", reviewedBy: defaultReviewer, reviewedAt: today }));
  const { errorOf } = errorsOf(state, t);
  const prefix = hidden.slug ?? "guide";
  const message = (key: string | null | undefined) => (key ? t(`errors.${key}` as "errors.denied") : null);
  return (
    <form action={action} noValidate className="space-y-3" data-testid={`review-${hidden.slug}`}>
      <Hidden fields={hidden} />
      <ErrorSummary idPrefix={prefix} title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />
      <TextField idPrefix={prefix} path="reviewedBy" label={t("reviewerName")} hint={t("reviewerHint")} value={state.values.reviewedBy ?? ""} error={errorOf("reviewedBy")} required />
      <TextField idPrefix={prefix} path="reviewedAt" label={t("reviewDate")} value={state.values.reviewedAt ?? today} error={errorOf("reviewedAt")} type="text" inputMode="numeric" dir="ltr" required />
      <button type="submit" className="button-secondary" disabled={pending}>
        {t("markReviewed")}
      </button>
    </form>
  );
}

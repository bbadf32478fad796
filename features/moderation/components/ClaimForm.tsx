"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, Notice, TextArea, TextField } from "@/features/site/components/FormFields";
import { idleFormState } from "@/lib/form-state";
import { submitClaim } from "../actions";
import { CLAIM_MESSAGE_MAX } from "../form-state";

/**
 * "Are you from this organization?": name, role, work email. A plain form
 * posting to a server action, so it works without JavaScript; no account,
 * no cookie.
 */
export function ClaimForm({ organizationSlug }: { organizationSlug: string }) {
  const t = useTranslations("Claim");
  const [state, action, pending] = useActionState(submitClaim, idleFormState({ name: "", jobTitle: "", email: "", message: "" }));
  const message = (key: string | null | undefined) => (key ? t(`errors.${key}` as "errors.nameRequired") : null);
  const errorOf = (path: string) => message(state.fieldErrors[path]);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="claim-form">
      <input type="hidden" name="organizationSlug" value={organizationSlug} />
      {state.status === "done" ? <Notice>{t("saved")}</Notice> : null}
      <ErrorSummary title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />
      <TextField path="name" label={t("name")} value={state.values.name ?? ""} error={errorOf("name")} autoComplete="name" required />
      <TextField path="jobTitle" label={t("jobTitle")} value={state.values.jobTitle ?? ""} error={errorOf("jobTitle")} autoComplete="organization-title" required />
      <TextField path="email" label={t("email")} value={state.values.email ?? ""} error={errorOf("email")} type="email" autoComplete="email" inputMode="email" dir="ltr" required />
      <TextArea path="message" label={t("message")} hint={t("messageHint", { max: CLAIM_MESSAGE_MAX })} value={state.values.message ?? ""} error={errorOf("message")} rows={3} maxLength={CLAIM_MESSAGE_MAX} />
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      {/* Honeypot: hidden from people and assistive technology, filled in by bots. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="claim-website">{t("honeypot")}</label>
        <input id="claim-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitProblemReport } from "../actions";
import {
  EMPTY_PROBLEM_REPORT_STATE,
  PROBLEM_REPORT_CATEGORIES,
  PROBLEM_REPORT_CONTACT_MAX,
  PROBLEM_REPORT_DETAILS_MAX,
  type ProblemReportField,
} from "../form-state";

function FieldError({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p id={id} className="text-sm font-semibold text-red-800">
      {message}
    </p>
  ) : null;
}

/**
 * "Report a problem": no account, no personal data required. A plain form
 * posting to a server action, so it also works without JavaScript.
 */
export function ProblemReportForm({ organizationSlug }: { organizationSlug: string }) {
  const t = useTranslations("Report");
  const [state, formAction, isPending] = useActionState(submitProblemReport, EMPTY_PROBLEM_REPORT_STATE);
  const errorFor = (field: ProblemReportField) => state.fieldErrors[field];
  const errorMessage = (field: ProblemReportField) => {
    const key = errorFor(field);
    return key ? t(`errors.${key}`) : null;
  };
  const describedBy = (field: ProblemReportField, hint?: string) =>
    [hint, errorFor(field) ? `report-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const hasErrors = state.status === "invalid";

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="problem-report-form">
      <input type="hidden" name="organizationSlug" value={organizationSlug} />
      {state.status === "saved" ? (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-3 font-semibold text-green-900">
          {t("saved")}
        </p>
      ) : null}
      {hasErrors ? (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t("errorSummary")}</p>
          <ul className="list-disc ps-5">
            {state.formError ? <li>{t(`errors.${state.formError}`)}</li> : null}
            {(["category", "details", "contact"] as const).map((field) => {
              const message = errorMessage(field);
              return message ? (
                <li key={field}>
                  <a href={`#report-${field}`}>{message}</a>
                </li>
              ) : null;
            })}
          </ul>
        </div>
      ) : null}

      <div>
        <label htmlFor="report-category" className="block font-semibold">
          {t("category")}
        </label>
        <FieldError id="report-category-error" message={errorMessage("category")} />
        <select
          id="report-category"
          name="category"
          required
          defaultValue={state.values.category}
          key={`category-${state.status}-${state.values.category}`}
          aria-invalid={errorFor("category") ? true : undefined}
          aria-describedby={describedBy("category")}
          className="field-input mt-1"
        >
          <option value="">{t("chooseCategory")}</option>
          {PROBLEM_REPORT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`categories.${category}`)}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="report-details" className="block font-semibold">
          {t("details")}
        </label>
        <p id="report-details-hint" className="text-sm text-slate-600">
          {t("detailsHint", { max: PROBLEM_REPORT_DETAILS_MAX })}
        </p>
        <FieldError id="report-details-error" message={errorMessage("details")} />
        <textarea
          id="report-details"
          name="details"
          rows={4}
          required
          maxLength={PROBLEM_REPORT_DETAILS_MAX}
          defaultValue={state.values.details}
          key={`details-${state.status}`}
          aria-invalid={errorFor("details") ? true : undefined}
          aria-describedby={describedBy("details", "report-details-hint")}
          className="field-input mt-1"
        />
      </div>

      <div>
        <label htmlFor="report-contact" className="block font-semibold">
          {t("contact")}
        </label>
        <p id="report-contact-hint" className="text-sm text-slate-600">
          {t("contactHint")}
        </p>
        <FieldError id="report-contact-error" message={errorMessage("contact")} />
        <input
          id="report-contact"
          name="contact"
          type="text"
          autoComplete="off"
          maxLength={PROBLEM_REPORT_CONTACT_MAX}
          defaultValue={state.values.contact}
          key={`contact-${state.status}`}
          aria-invalid={errorFor("contact") ? true : undefined}
          aria-describedby={describedBy("contact", "report-contact-hint")}
          className="field-input mt-1"
        />
      </div>

      {/* Honeypot: hidden from people and assistive technology, filled in by bots. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{t("honeypot")}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" className="button-primary" disabled={isPending}>
        {isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}

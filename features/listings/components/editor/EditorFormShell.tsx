"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorSummary, Notice } from "@/features/site/components/FormFields";
import type { EditorState } from "../../actions";

/**
 * What every section form of the listing editor shares: the hidden fields
 * that say which listing, section and base it is, the error summary, the
 * stale-version notice, and Save at the top (the button Enter presses) and
 * at the bottom.
 */
export function EditorFormShell<Fields>({
  action,
  state,
  pending,
  hidden,
  children,
  labelFor,
  extraButtons,
}: {
  action: (formData: FormData) => void;
  state: EditorState<Fields>;
  pending: boolean;
  hidden: Record<string, string | undefined>;
  children: ReactNode;
  /** The label of a field path, for the error summary. */
  labelFor: (path: string) => string;
  extraButtons?: ReactNode;
}) {
  const t = useTranslations("Editor");
  const fieldErrors = Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: t("errorsIn", { field: labelFor(path), message: t(`errors.${key}` as "errors.required") }) }));
  const formError = state.formError && state.formError !== "stale" ? t(`errors.${state.formError}` as "errors.required") : null;
  const saveButton = (
    <button type="submit" name="intent" value="save" className="button-primary" disabled={pending}>
      {pending ? t("saving") : t("save")}
    </button>
  );
  return (
    <form action={action} noValidate className="space-y-6" data-testid="listing-editor">
      {Object.entries(hidden).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <input type="hidden" name="base" value={state.base} />
      <input type="hidden" name="original" value={JSON.stringify(state.original)} />
      {state.status === "stale" ? (
        <div role="alert" className="space-y-1 rounded-lg border-2 border-amber-500 bg-amber-50 p-3 text-amber-950">
          <p className="font-bold">{t("staleTitle")}</p>
          <p>{t("stale")}</p>
        </div>
      ) : null}
      {state.placedFromZip ? <Notice tone="info">{t("placedFromZip")}</Notice> : null}
      <ErrorSummary title={t("errorSummary")} formError={formError} fieldErrors={fieldErrors} />
      <div className="flex flex-wrap gap-3">{saveButton}</div>
      {children}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        {saveButton}
        {extraButtons}
      </div>
    </form>
  );
}

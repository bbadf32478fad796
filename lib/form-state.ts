/**
 * What a staff form's server action answers (isomorphic, without zod: the
 * forms' browser code imports it). Messages are keys the form translates;
 * `values` refill the form after an error, also without JavaScript.
 */
export type FormStatus = "idle" | "done" | "invalid" | "denied" | "signedOut" | "stale" | "unavailable";

export interface FormState<Values = Record<string, string>> {
  status: FormStatus;
  /** A message about the whole form (a key of the form's namespace). */
  formError: string | null;
  /** Field name → message key. */
  fieldErrors: Record<string, string>;
  values: Values;
}

export function idleFormState<Values>(values: Values): FormState<Values> {
  return { status: "idle", formError: null, fieldErrors: {}, values };
}

/** A form string, cut to a length no legitimate value reaches (a server action's arguments are whatever a request carried). */
export function formText(formData: FormData, name: string, maxLength = 5_000): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, maxLength) : "";
}

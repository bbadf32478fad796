import type { ZodError } from "zod";

/**
 * A zod error as a form shows it: the first message of each field (the
 * schemas' messages are message keys), by the field's name in the form.
 * `fieldName` turns an issue's path into that name; issues it returns null
 * for are the form's own.
 */
export function formErrorsOf(error: ZodError, fieldName: (path: readonly PropertyKey[]) => string | null = (path) => (path.length > 0 ? path.map(String).join(".") : null)): {
  fieldErrors: Record<string, string>;
  formError: string | null;
} {
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const issue of error.issues) {
    const name = fieldName(issue.path);
    if (name === null) formError ??= issue.message;
    else fieldErrors[name] ??= issue.message;
  }
  return { fieldErrors, formError };
}

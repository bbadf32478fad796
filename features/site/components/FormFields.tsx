import type { ReactNode } from "react";

/*
 * Form fields for the staff forms: a visible label, an optional hint, the
 * field's own error right above it (and in the summary at the top), wired
 * with aria-describedby and aria-invalid. Fields are named by dotted paths
 * ("phones.0.number"), posted in bracket form ("phones[0][number]") so the
 * server reads them back as nested rows. No state of their own: they render
 * the values and errors the form's action returned. Text runs in the
 * direction of what is typed (dir="auto"), so an English address reads right
 * on an Arabic page and Arabic text on an English one.
 */

/** "phones.0.number" → "phones[0][number]". */
export function postedName(path: string): string {
  const [first, ...rest] = path.split(".");
  return `${first}${rest.map((part) => `[${part}]`).join("")}`;
}

/**
 * "phones.0.number" → "field-phones-0-number"; with a prefix when one page
 * holds several forms with the same fields.
 */
export function fieldId(path: string, idPrefix = ""): string {
  return `field-${idPrefix ? `${idPrefix}-` : ""}${path.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}

function describedBy(id: string, hint: ReactNode, error: string | null | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  return message ? (
    <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
      {message}
    </p>
  ) : null;
}

interface FieldProps {
  path: string;
  /** For a page with several forms holding the same field. */
  idPrefix?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
}

export function TextField({
  path,
  label,
  hint,
  error,
  value,
  required,
  type = "text",
  autoComplete = "off",
  inputMode,
  dir = "auto",
  maxLength,
  lang,
  idPrefix,
  className,
}: FieldProps & {
  value: string;
  lang?: string;
  type?: "text" | "email" | "url" | "tel" | "password" | "number" | "time";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "decimal" | "tel" | "email" | "url";
  dir?: "ltr" | "rtl" | "auto";
  maxLength?: number;
}) {
  const id = fieldId(path, idPrefix);
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} message={error} />
      <input
        id={id}
        name={postedName(path)}
        type={type}
        defaultValue={value}
        key={value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        dir={dir}
        lang={lang}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      />
    </div>
  );
}

export function TextArea({ path, label, hint, error, value, required, rows = 4, maxLength, dir = "auto", lang, idPrefix, className }: FieldProps & { value: string; rows?: number; maxLength?: number; dir?: "ltr" | "rtl" | "auto"; lang?: string }) {
  const id = fieldId(path, idPrefix);
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} message={error} />
      <textarea
        id={id}
        name={postedName(path)}
        defaultValue={value}
        key={value}
        rows={rows}
        required={required}
        maxLength={maxLength}
        dir={dir}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({ path, label, hint, error, value, options, required, idPrefix, className }: FieldProps & { value: string; options: readonly Choice[] }) {
  const id = fieldId(path, idPrefix);
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} message={error} />
      <select
        id={id}
        name={postedName(path)}
        defaultValue={value}
        key={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ path, label, checked, hint, error, value = "on" }: { path: string; label: ReactNode; checked: boolean; hint?: ReactNode; error?: string | null; value?: string }) {
  const id = fieldId(path);
  return (
    <div className="space-y-1">
      <FieldError id={id} message={error} />
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={postedName(path)}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          key={String(checked)}
          aria-describedby={describedBy(id, hint, error)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** Checkboxes that post one value each under the same name (a list). */
export function CheckboxGroup({ path, legend, hint, error, options, values }: { path: string; legend: ReactNode; hint?: ReactNode; error?: string | null; options: readonly Choice[]; values: readonly string[] }) {
  const groupId = fieldId(path);
  return (
    <fieldset id={groupId} className="space-y-2" aria-describedby={describedBy(groupId, hint, error)}>
      <legend className="font-semibold">{legend}</legend>
      <Hint id={groupId} hint={hint} />
      <FieldError id={groupId} message={error} />
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((option) => {
          const id = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input id={id} name={`${postedName(path)}[]`} type="checkbox" value={option.value} defaultChecked={values.includes(option.value)} key={String(values.includes(option.value))} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The list at the top of a form after a failed submission, each entry a link to its field. */
export function ErrorSummary({ title, formError, fieldErrors, idPrefix }: { title: string; formError: string | null; fieldErrors: { path: string; message: string }[]; idPrefix?: string }) {
  if (!formError && fieldErrors.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc ps-5">
        {formError ? <li>{formError}</li> : null}
        {fieldErrors.map((error) => (
          <li key={error.path}>
            <a href={`#${fieldId(error.path, idPrefix)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "warning" | "info" }) {
  const classes = {
    success: "border-green-300 bg-green-50 text-green-900",
    warning: "border-amber-400 bg-amber-50 text-amber-950",
    info: "border-brand-100 bg-brand-50 text-brand-900",
  }[tone];
  return (
    <p role={tone === "warning" ? "alert" : "status"} className={`rounded-lg border p-3 font-semibold ${classes}`}>
      {children}
    </p>
  );
}

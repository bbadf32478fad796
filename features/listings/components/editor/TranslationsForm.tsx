"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextArea } from "@/features/site/components/FormFields";
import { saveTranslations, type EditorState } from "../../actions";
import { EDITOR_CHOICES, type TranslationFields } from "../../editor-form";
import type { TranslatableEntity } from "../../schema";
import { EditorFormShell } from "./EditorFormShell";

export interface TranslationRow {
  record: string;
  field: string;
  kind: TranslatableEntity;
  recordName: string;
  original: string;
}

/** One language's translations of every text of the listing, the original beside each. */
export function TranslationsForm({
  initial,
  hidden,
  rows,
  language,
  languageName,
  sourceLanguageName,
  sourceLocale,
}: {
  initial: EditorState<TranslationFields[]>;
  hidden: Record<string, string | undefined>;
  rows: TranslationRow[];
  language: string;
  languageName: string;
  sourceLanguageName: string;
  sourceLocale: string;
}) {
  const t = useTranslations("Editor");
  const [state, action, pending] = useActionState(saveTranslations, initial);
  const errorOf = (path: string) => {
    const key = state.fieldErrors[path];
    return key ? t(`errors.${key}` as "errors.required") : null;
  };
  const labelFor = (path: string) => {
    const row = rows[Number(path.split(".")[1])];
    return row ? `${t(`recordKinds.${row.kind}`)} “${row.recordName}”: ${t(`translatedFields.${row.field}` as "translatedFields.name")}` : t("translation");
  };
  if (rows.length === 0) return <p>{t("noTexts")}</p>;
  return (
    <EditorFormShell action={action} state={state} pending={pending} hidden={{ ...hidden, section: "translations", language }} labelFor={labelFor}>
      {rows.map((row, index) => {
        const value = state.values[index] ?? { record: row.record, field: row.field, value: "", source: "community" };
        return (
          <fieldset key={`${row.record}-${row.field}`} className="card space-y-3">
            <legend className="px-1 font-bold">
              {t(`recordKinds.${row.kind}`)}: <bdi>{row.recordName}</bdi> · {t(`translatedFields.${row.field}` as "translatedFields.name")}
            </legend>
            <input type="hidden" name={`t[${index}][record]`} value={row.record} />
            <input type="hidden" name={`t[${index}][field]`} value={row.field} />
            <div>
              <p className="text-sm font-semibold text-slate-600">{t("original", { language: sourceLanguageName })}</p>
              <p lang={sourceLocale} dir="auto" className="whitespace-pre-line rounded-lg bg-slate-50 p-2">
                {row.original}
              </p>
            </div>
            <TextArea path={`t.${index}.value`} label={`${t("translation")} (${languageName})`} value={value.value} error={errorOf(`t.${index}.value`)} rows={row.field === "name" ? 1 : 3} lang={language} />
            <SelectField
              path={`t.${index}.source`}
              label={t("translationSource")}
              value={value.source || "community"}
              error={errorOf(`t.${index}.source`)}
              options={EDITOR_CHOICES.translationSources.map((source) => ({ value: source, label: t(`translationSources.${source}`) }))}
            />
          </fieldset>
        );
      })}
    </EditorFormShell>
  );
}

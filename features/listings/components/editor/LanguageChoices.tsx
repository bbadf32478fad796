"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup, TextField } from "@/features/site/components/FormFields";

/** Languages as checkboxes (the directory's named languages), and any other as codes. */
export function LanguageChoices({ offered, values, other, errorOf }: { offered: readonly string[]; values: string[]; other: string; errorOf: (path: string) => string | null }) {
  const t = useTranslations("Editor");
  const names = useTranslations("LanguageNames");
  return (
    <div className="card space-y-3">
      <CheckboxGroup path="languages" legend={t("languagesLegend")} options={offered.map((code) => ({ value: code, label: names(code as "en") }))} values={values} error={errorOf("languages")} />
      <TextField path="otherLanguages" label={t("otherLanguages")} hint={t("languageCodesHint")} value={other} error={errorOf("otherLanguages")} dir="ltr" />
    </div>
  );
}

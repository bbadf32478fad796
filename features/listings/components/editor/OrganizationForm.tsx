"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/features/site/components/FormFields";
import { saveOrganizationSection, type EditorState } from "../../actions";
import { EDITOR_CHOICES, type OrganizationFields } from "../../editor-form";
import { EditorFormShell } from "./EditorFormShell";
import { PhonesFieldset } from "./PhonesFieldset";

export function OrganizationForm({ initial, hidden, sourceLocales }: { initial: EditorState<OrganizationFields>; hidden: Record<string, string | undefined>; sourceLocales: { code: string; name: string }[] }) {
  const t = useTranslations("Editor");
  const tListing = useTranslations("Listing");
  const [state, action, pending] = useActionState(saveOrganizationSection, initial);
  const values = state.values;
  const errorOf = (path: string) => {
    const key = state.fieldErrors[path];
    return key ? t(`errors.${key}` as "errors.required") : null;
  };
  const labelFor = (path: string) => {
    if (path.startsWith("phones.")) return t("phone", { number: Number(path.split(".")[1]) + 1 });
    if (path.startsWith("accreditations.")) return t("accreditationsLegend");
    if (path.startsWith("safety.")) return t("safetyLegend");
    return t(path as "name");
  };
  return (
    <EditorFormShell action={action} state={state} pending={pending} hidden={{ ...hidden, section: "organization" }} labelFor={labelFor}>
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("fieldsOrganization")}</legend>
        <TextField path="name" label={t("name")} value={values.name} error={errorOf("name")} required />
        <TextField path="alternateName" label={t("alternateName")} value={values.alternateName} error={errorOf("alternateName")} />
        <TextArea path="description" label={t("description")} hint={t("descriptionHint")} value={values.description} error={errorOf("description")} rows={5} required />
        <SelectField path="sourceLocale" label={t("sourceLocale")} value={values.sourceLocale} error={errorOf("sourceLocale")} options={sourceLocales.map(({ code, name }) => ({ value: code, label: name }))} />
        <TextField path="website" label={t("website")} hint={t("websiteHint")} value={values.website} error={errorOf("website")} type="url" inputMode="url" dir="ltr" />
        <TextField path="email" label={t("email")} value={values.email} error={errorOf("email")} type="email" inputMode="email" dir="ltr" />
        <TextField path="yearIncorporated" label={t("yearIncorporated")} value={values.yearIncorporated} error={errorOf("yearIncorporated")} inputMode="numeric" dir="ltr" />
        <SelectField path="status" label={t("status")} value={values.status} error={errorOf("status")} options={EDITOR_CHOICES.statuses.map((status) => ({ value: status, label: tListing(`status.${status}`) }))} />
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="px-1 text-lg font-bold">{t("accreditationsLegend")}</legend>
        <p className="text-sm text-slate-700">{t("accreditationsHint")}</p>
        {EDITOR_CHOICES.accreditationKinds.map((kind) => {
          const held = values.accreditations[kind] ?? { held: false, detail: "" };
          return (
            <div key={kind} className="space-y-2 rounded-lg border border-slate-300 p-3">
              <div className="flex items-start gap-2">
                <input id={`field-accreditations-${kind}-held`} name={`accreditations[${kind}][held]`} type="checkbox" defaultChecked={held.held} key={String(held.held)} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
                <label htmlFor={`field-accreditations-${kind}-held`} className="font-semibold">
                  {tListing(`accreditation.${kind}`)}
                </label>
              </div>
              <TextField path={`accreditations.${kind}.detail`} label={t("accreditationDetail")} value={held.detail} error={errorOf(`accreditations.${kind}.detail`)} />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="px-1 text-lg font-bold">{t("safetyLegend")}</legend>
        <p className="text-sm text-slate-700">{t("safetyHint")}</p>
        {EDITOR_CHOICES.safetyKinds.map((kind) => (
          <SelectField
            key={kind}
            path={`safety.${kind}`}
            label={tListing(`safety.${kind}`)}
            value={values.safety[kind] ?? "unknown"}
            error={errorOf(`safety.${kind}`)}
            options={EDITOR_CHOICES.safetyAnswers.map((answer) => ({ value: answer, label: tListing(`safetyAnswer.${answer}`) }))}
          />
        ))}
      </fieldset>

      <PhonesFieldset phones={values.phones} errorOf={errorOf} />
    </EditorFormShell>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextArea, TextField } from "@/features/site/components/FormFields";
import { saveLocationSection, type EditorState } from "../../actions";
import type { LocationFields } from "../../editor-form";
import { EditorFormShell } from "./EditorFormShell";
import { HoursFieldset } from "./HoursFieldset";
import { LanguageChoices } from "./LanguageChoices";
import { PhonesFieldset } from "./PhonesFieldset";

export function LocationForm({ initial, hidden, offeredLanguages, isNew }: { initial: EditorState<LocationFields>; hidden: Record<string, string | undefined>; offeredLanguages: string[]; isNew: boolean }) {
  const t = useTranslations("Editor");
  const [state, action, pending] = useActionState(saveLocationSection, initial);
  const values = state.values;
  const errorOf = (path: string) => {
    const key = state.fieldErrors[path];
    return key ? t(`errors.${key}` as "errors.required") : null;
  };
  const labelFor = (path: string) => {
    if (path.startsWith("phones.")) return t("phone", { number: Number(path.split(".")[1]) + 1 });
    if (path.startsWith("hours.")) return t("hoursLegend");
    if (path === "name") return t("locationName");
    if (path === "description") return t("locationDescription");
    return t(path as "city");
  };
  return (
    <EditorFormShell
      action={action}
      state={state}
      pending={pending}
      hidden={{ ...hidden, section: "location", key: values.key }}
      labelFor={labelFor}
      extraButtons={
        isNew ? null : (
          <button type="submit" name="intent" value="delete" className="button-secondary">
            {t("removeLocation")}
          </button>
        )
      }
    >
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("fieldsLocation")}</legend>
        <TextField path="name" label={t("locationName")} hint={t("locationNameHint")} value={values.name} error={errorOf("name")} />
        <TextArea path="description" label={t("locationDescription")} value={values.description} error={errorOf("description")} rows={3} />
      </fieldset>
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("addressLegend")}</legend>
        <p className="text-sm text-slate-700">{t("addressHint")}</p>
        <TextField path="address1" label={t("address1")} value={values.address1} error={errorOf("address1")} autoComplete="off" required />
        <TextField path="address2" label={t("address2")} value={values.address2} error={errorOf("address2")} />
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
          <TextField path="city" label={t("city")} value={values.city} error={errorOf("city")} required />
          <TextField path="region" label={t("region")} value={values.region} error={errorOf("region")} maxLength={2} dir="ltr" required />
          <TextField path="postalCode" label={t("postalCode")} value={values.postalCode} error={errorOf("postalCode")} inputMode="numeric" dir="ltr" required />
        </div>
        <fieldset className="space-y-2 rounded-lg border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("mapPosition")}</legend>
          <p className="text-sm text-slate-700">{t("mapPositionHint")}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField path="latitude" label={t("latitude")} value={values.latitude} error={errorOf("latitude")} inputMode="decimal" dir="ltr" />
            <TextField path="longitude" label={t("longitude")} value={values.longitude} error={errorOf("longitude")} inputMode="decimal" dir="ltr" />
          </div>
        </fieldset>
        <TextArea path="transportation" label={t("transportation")} value={values.transportation} error={errorOf("transportation")} rows={2} />
        <TextArea path="accessibility" label={t("accessibility")} value={values.accessibility} error={errorOf("accessibility")} rows={2} />
      </fieldset>
      <LanguageChoices offered={offeredLanguages} values={values.languages} other={values.otherLanguages} errorOf={errorOf} />
      <PhonesFieldset phones={values.phones} errorOf={errorOf} />
      <HoursFieldset hours={values.hours} errorOf={errorOf} />
    </EditorFormShell>
  );
}

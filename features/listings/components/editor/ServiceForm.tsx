"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/features/site/components/FormFields";
import { TAXONOMY } from "../../schema";
import { saveServiceSection, type EditorState } from "../../actions";
import { EDITOR_CHOICES, type ServiceFields } from "../../editor-form";
import { EditorFormShell } from "./EditorFormShell";
import { HoursFieldset } from "./HoursFieldset";
import { LanguageChoices } from "./LanguageChoices";
import { PhonesFieldset } from "./PhonesFieldset";

export function ServiceForm({
  initial,
  hidden,
  offeredLanguages,
  offices,
  capacitySince,
  isNew,
}: {
  initial: EditorState<ServiceFields>;
  hidden: Record<string, string | undefined>;
  offeredLanguages: string[];
  offices: { key: string; name: string }[];
  /** When the capacity shown was set, already formatted. */
  capacitySince: string | null;
  isNew: boolean;
}) {
  const t = useTranslations("Editor");
  const tListing = useTranslations("Listing");
  const [state, action, pending] = useActionState(saveServiceSection, initial);
  const values = state.values;
  const errorOf = (path: string) => {
    const key = state.fieldErrors[path];
    return key ? t(`errors.${key}` as "errors.required") : null;
  };
  const labelFor = (path: string) => {
    if (path.startsWith("phones.")) return t("phone", { number: Number(path.split(".")[1]) + 1 });
    if (path.startsWith("areas.")) return t("area", { number: Number(path.split(".")[1]) + 1 });
    if (path.startsWith("hours.")) return t("hoursLegend");
    const labels: Record<string, string> = {
      name: t("serviceName"),
      description: t("serviceDescription"),
      kind: t("serviceKind"),
      url: t("serviceUrl"),
      email: t("serviceEmail"),
      capacityStatus: t("capacity"),
      taxonomy: t("taxonomyLegend"),
      costs: t("costLegend"),
      locationKeys: t("offeredAtLegend"),
    };
    return labels[path] ?? t(path as "eligibility");
  };
  return (
    <EditorFormShell
      action={action}
      state={state}
      pending={pending}
      hidden={{ ...hidden, section: "service", key: values.key }}
      labelFor={labelFor}
      extraButtons={
        isNew ? null : (
          <button type="submit" name="intent" value="delete" className="button-secondary">
            {t("removeService")}
          </button>
        )
      }
    >
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("fieldsService")}</legend>
        <TextField path="name" label={t("serviceName")} value={values.name} error={errorOf("name")} required />
        <TextField path="alternateName" label={t("alternateName")} value={values.alternateName} error={errorOf("alternateName")} />
        <TextArea path="description" label={t("serviceDescription")} hint={t("descriptionHint")} value={values.description} error={errorOf("description")} rows={4} required />
        <SelectField path="kind" label={t("serviceKind")} value={values.kind} error={errorOf("kind")} options={EDITOR_CHOICES.serviceKinds.map((kind) => ({ value: kind, label: t(`serviceKinds.${kind}`) }))} />
        <SelectField
          path="hotlinePurpose"
          label={t("hotlinePurpose")}
          value={values.hotlinePurpose}
          error={errorOf("hotlinePurpose")}
          options={[{ value: "", label: t("chooseOne") }, ...EDITOR_CHOICES.hotlinePurposes.map((purpose) => ({ value: purpose, label: tListing(`hotlinePurpose.${purpose}`) }))]}
        />
        <SelectField path="status" label={t("status")} value={values.status} error={errorOf("status")} options={EDITOR_CHOICES.statuses.map((status) => ({ value: status, label: tListing(`status.${status}`) }))} />
        <SelectField
          path="capacityStatus"
          label={t("capacity")}
          hint={capacitySince ?? undefined}
          value={values.capacityStatus}
          error={errorOf("capacityStatus")}
          options={[{ value: "", label: t("capacityUnknown") }, ...EDITOR_CHOICES.capacityStatuses.map((status) => ({ value: status, label: tListing(`capacity.${status}`) }))]}
        />
      </fieldset>

      <div className="card">
        <CheckboxGroup path="taxonomy" legend={t("taxonomyLegend")} options={TAXONOMY.map((term) => ({ value: term.slug, label: tListing(`taxonomy.${term.slug}`) }))} values={values.taxonomy} error={errorOf("taxonomy")} />
      </div>

      <fieldset className="card space-y-3">
        <legend className="px-1 text-lg font-bold">{t("costLegend")}</legend>
        <CheckboxGroup path="costs" legend={t("costLegend")} options={EDITOR_CHOICES.costKinds.map((kind) => ({ value: kind, label: t(`costs.${kind}`) }))} values={values.costs} error={errorOf("costs")} />
        <TextField path="feeAmount" label={t("feeAmount")} value={values.feeAmount} error={errorOf("feeAmount")} inputMode="decimal" dir="ltr" />
        <TextArea path="fees" label={t("fees")} value={values.fees} error={errorOf("fees")} rows={2} />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("eligibility")}</legend>
        <TextArea path="eligibility" label={t("eligibility")} value={values.eligibility} error={errorOf("eligibility")} rows={3} />
        <TextArea path="applicationProcess" label={t("applicationProcess")} value={values.applicationProcess} error={errorOf("applicationProcess")} rows={3} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField path="minimumAge" label={t("minimumAge")} value={values.minimumAge} error={errorOf("minimumAge")} inputMode="numeric" dir="ltr" />
          <TextField path="maximumAge" label={t("maximumAge")} value={values.maximumAge} error={errorOf("maximumAge")} inputMode="numeric" dir="ltr" />
        </div>
        <TextField path="url" label={t("serviceUrl")} hint={t("websiteHint")} value={values.url} error={errorOf("url")} type="url" inputMode="url" dir="ltr" />
        <TextField path="email" label={t("serviceEmail")} value={values.email} error={errorOf("email")} type="email" inputMode="email" dir="ltr" />
      </fieldset>

      <div className="card space-y-2">
        {offices.length === 0 ? (
          <p className="text-slate-700">{t("noOffices")}</p>
        ) : (
          <CheckboxGroup path="locationKeys" legend={t("offeredAtLegend")} options={offices.map((office) => ({ value: office.key, label: office.name }))} values={values.locationKeys} error={errorOf("locationKeys")} />
        )}
      </div>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-bold">{t("areasLegend")}</legend>
        <p className="text-sm text-slate-700">{t("areasHint")}</p>
        {values.areas.map((area, index) => {
          const path = (field: string) => `areas.${index}.${field}`;
          return (
            <fieldset key={index} className="space-y-3 rounded-lg border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{t("area", { number: index + 1 })}</legend>
              <SelectField
                path={path("kind")}
                label={t("areaKind")}
                value={area.kind}
                error={errorOf(path("kind"))}
                options={[{ value: "", label: t("chooseOne") }, ...EDITOR_CHOICES.areaKinds.map((kind) => ({ value: kind, label: t(`areaKinds.${kind}`) }))]}
              />
              <TextField path={path("code")} label={t("areaCode")} hint={t("areaCodeHint")} value={area.code} error={errorOf(path("code"))} dir="ltr" />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField path={path("radiusMiles")} label={t("radiusMiles")} value={area.radiusMiles} error={errorOf(path("radiusMiles"))} inputMode="decimal" dir="ltr" />
                <SelectField
                  path={path("center")}
                  label={t("areaCenter")}
                  value={area.center}
                  options={[...offices.map((office) => ({ value: office.key, label: office.name })), { value: "custom", label: t("customCenter") }]}
                />
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField path={path("centerLatitude")} label={t("centerLatitude")} value={area.centerLatitude} error={errorOf(path("centerLatitude"))} inputMode="decimal" dir="ltr" />
                <TextField path={path("centerLongitude")} label={t("centerLongitude")} value={area.centerLongitude} error={errorOf(path("centerLongitude"))} inputMode="decimal" dir="ltr" />
              </div>
              <button type="submit" name="intent" value={`remove:areas:${index}`} formNoValidate className="button-secondary">
                {t("removeArea")}
              </button>
            </fieldset>
          );
        })}
        <button type="submit" name="intent" value="add:areas" formNoValidate className="button-secondary">
          {t("addArea")}
        </button>
      </fieldset>

      <LanguageChoices offered={offeredLanguages} values={values.languages} other={values.otherLanguages} errorOf={errorOf} />
      <PhonesFieldset phones={values.phones} errorOf={errorOf} />
      <HoursFieldset hours={values.hours} errorOf={errorOf} />
    </EditorFormShell>
  );
}

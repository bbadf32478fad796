"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextField } from "@/features/site/components/FormFields";
import type { PhoneFields } from "../../editor-form";
import { EDITOR_CHOICES } from "../../editor-form";

/** The phone numbers of a record: one fieldset per number, and buttons that add and remove rows without JavaScript. */
export function PhonesFieldset({ phones, errorOf }: { phones: PhoneFields[]; errorOf: (path: string) => string | null }) {
  const t = useTranslations("Editor");
  return (
    <fieldset className="card space-y-4">
      <legend className="px-1 text-lg font-bold">{t("phonesLegend")}</legend>
      <p className="text-sm text-slate-700">{t("phonesHint")}</p>
      {phones.length === 0 ? <p className="text-slate-700">{t("noPhones")}</p> : null}
      {phones.map((phone, index) => {
        const path = (field: string) => `phones.${index}.${field}`;
        return (
          <fieldset key={`${phone.id}-${index}`} className="space-y-3 rounded-lg border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("phone", { number: index + 1 })}</legend>
            <input type="hidden" name={`phones[${index}][id]`} value={phone.id} />
            <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              <TextField path={path("number")} label={t("phoneNumber")} hint={t("phoneNumberHint")} value={phone.number} error={errorOf(path("number"))} type="tel" inputMode="tel" dir="ltr" />
              <TextField path={path("extension")} label={t("extension")} value={phone.extension} error={errorOf(path("extension"))} inputMode="numeric" dir="ltr" />
            </div>
            <SelectField
              path={path("type")}
              label={t("phoneType")}
              value={phone.type || "voice"}
              error={errorOf(path("type"))}
              options={EDITOR_CHOICES.phoneTypes.map((type) => ({ value: type, label: t(`phoneTypes.${type}`) }))}
            />
            <CheckboxField path={path("isHotline")} label={t("isHotline")} checked={phone.isHotline} />
            <CheckboxField path={path("acceptsText")} label={t("acceptsText")} checked={phone.acceptsText} />
            <TextField path={path("description")} label={t("phoneDescription")} value={phone.description} error={errorOf(path("description"))} />
            <TextField path={path("languages")} label={t("phoneLanguages")} hint={t("languageCodesHint")} value={phone.languages} error={errorOf(path("languages"))} dir="ltr" />
            <button type="submit" name="intent" value={`remove:phones:${index}`} formNoValidate className="button-secondary">
              {t("removePhone")}
            </button>
          </fieldset>
        );
      })}
      <button type="submit" name="intent" value="add:phones" formNoValidate className="button-secondary">
        {t("addPhone")}
      </button>
    </fieldset>
  );
}

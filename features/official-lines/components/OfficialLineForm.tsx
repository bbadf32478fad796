"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, TextArea, TextField } from "@/features/site/components/FormFields";
import { idleFormState } from "@/lib/form-state";
import { saveOfficialLine } from "../actions";

export interface OfficialLineFormValues {
  slug: string;
  phone: string;
  website: string;
  email: string;
  sources: string;
}

/** An admin's form for one government line's contact details and sources; works without JavaScript. */
export function OfficialLineForm({ locale, initial }: { locale: string; initial: OfficialLineFormValues }) {
  const t = useTranslations("Moderation");
  const [state, action, pending] = useActionState(saveOfficialLine, idleFormState<Record<string, string>>({ ...initial }));
  const message = (key: string | null | undefined) => (key ? t(`errors.${key}` as "errors.denied") : null);
  const errorOf = (path: string) => message(state.fieldErrors[path]);
  const prefix = initial.slug;
  return (
    <form action={action} noValidate className="space-y-3" data-testid={`official-line-form-${initial.slug}`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={initial.slug} />
      <ErrorSummary idPrefix={prefix} title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />
      <TextField idPrefix={prefix} path="phone" label={t("officialLinePhone")} hint={t("officialLinePhoneHint")} value={state.values.phone ?? ""} error={errorOf("phone")} type="tel" inputMode="tel" dir="ltr" />
      <TextField idPrefix={prefix} path="website" label={t("officialLineWebsite")} hint={t("officialLineWebsiteHint")} value={state.values.website ?? ""} error={errorOf("website")} type="url" inputMode="url" dir="ltr" />
      <TextField idPrefix={prefix} path="email" label={t("officialLineEmail")} value={state.values.email ?? ""} error={errorOf("email")} type="email" inputMode="email" dir="ltr" />
      <TextArea idPrefix={prefix} path="sources" label={t("officialLineSources")} hint={t("officialLineSourcesHint")} value={state.values.sources ?? ""} error={errorOf("sources")} rows={3} dir="ltr" required />
      <button type="submit" className="button-primary" disabled={pending}>
        {t("saveOfficialLine")}
      </button>
    </form>
  );
}

"use server";

import { redirect } from "next/navigation";
import { canAdminister } from "@/features/accounts/permissions";
import { currentViewer } from "@/features/accounts/viewer";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { formErrorsOf } from "@/lib/form-errors";
import { formText, type FormState } from "@/lib/form-state";
import { serverAction } from "@/lib/server-action";
import { updateOfficialLine } from "./mutations";
import { officialLineUpdateSchema } from "./schema";

/** An admin corrects a government line's contact details and sources, and records that they checked it today. */
export const saveOfficialLine = serverAction(async function saveOfficialLine(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    slug: formText(formData, "slug", 100),
    phone: formText(formData, "phone", 40),
    website: formText(formData, "website", 600),
    email: formText(formData, "email", 300),
    sources: formText(formData, "sources", 3_000),
  };
  const locale = asLocale(formText(formData, "locale", 10));
  const viewer = await currentViewer();
  if (!viewer) return { status: "signedOut", formError: "sessionEnded", fieldErrors: {}, values };
  if (!canAdminister(viewer)) return { status: "denied", formError: "denied", fieldErrors: {}, values };
  const parsed = officialLineUpdateSchema.safeParse(values);
  if (!parsed.success) {
    // Only the hidden slug can fail without a field of its own: a tampered form.
    const { fieldErrors, formError } = formErrorsOf(parsed.error, (path) => (path.length === 0 || path[0] === "slug" ? null : String(path[0])));
    return { status: "invalid", formError: formError === null ? null : "denied", fieldErrors, values };
  }
  try {
    const saved = await updateOfficialLine(parsed.data, { id: viewer.id, name: viewer.name, role: viewer.role });
    if (!saved) return { status: "invalid", formError: "denied", fieldErrors: {}, values };
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError)) throw error;
    return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values };
  }
  redirect(`${localizedPath(locale, "/admin/official-lines")}?result=officialLineSaved#${encodeURIComponent(parsed.data.slug)}`);
});

"use server";

import { redirect } from "next/navigation";
import qs from "qs";
import { currentViewer } from "@/features/accounts/viewer";
import { canEditListing, type Viewer } from "@/features/accounts/permissions";
import { normalizeLanguageCode } from "@/features/directory/language-codes";
import { findZip } from "@/features/geo/zip-codes";
import { decodeBase, encodeBase, type ListingBase } from "@/features/moderation/change-requests";
import { getEditingState, type EditingState } from "@/features/moderation/data";
import { discardChangeRequest, saveChangeDraft, submitChangeRequest } from "@/features/moderation/mutations";
import { asLocale, isLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";
import type { AuditActor } from "@/lib/audit-log";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { formErrorsOf } from "@/lib/form-errors";
import { formText, type FormState } from "@/lib/form-state";
import { serverAction } from "@/lib/server-action";
import { assignRecordIds, withCapacityDates } from "./document";
import {
  applyLocationFields,
  applyOrganizationFields,
  applyServiceFields,
  applyTranslationFields,
  blankAreaFields,
  blankLocationFields,
  blankPhoneFields,
  blankServiceFields,
  formFieldOf,
  locationFieldsFrom,
  locationFieldsOf,
  mergeSectionValues,
  organizationFieldsFrom,
  organizationFieldsOf,
  serviceFieldsFrom,
  serviceFieldsOf,
  translatableTexts,
  translationFieldsFrom,
  withoutRecord,
  type FieldMap,
  type LocationFields,
  type OrganizationFields,
  type ServiceFields,
  type TranslationFields,
} from "./editor-form";
import { LISTING_LIMITS, listingDocumentSchema, type ListingDocument } from "./schema";

/*
 * The portal's listing editor. A save never changes the live listing: the
 * section goes into the organization's open change request (a draft until
 * the editors send it for review), and only if the form was opened at the
 * current base, so that two editors cannot overwrite each other unawares.
 * Add/remove buttons ("intent") change the form's rows without saving, so
 * the editor works without JavaScript.
 */

export interface EditorState<Fields> extends FormState<Fields> {
  /** The base the next save of this form is made against (encoded ListingBase). */
  base: string;
  /** The section as the form was opened (or last brought up to date): what tells this person's changes from someone else's. */
  original: Fields;
  /** The ZIP code's center was used for an office's position. */
  placedFromZip?: boolean;
}

type Posted = Record<string, unknown>;

function postedFields(formData: FormData): Posted {
  const pairs: [string, string][] = [];
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) pairs.push([name, value]);
  return qs.parse(new URLSearchParams(pairs).toString(), { depth: 8, arrayLimit: 200, parameterLimit: 5_000 }) as Posted;
}

function isStorageFailure(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError;
}

function actorOf(viewer: Viewer): AuditActor {
  return { id: viewer.id, name: viewer.name, role: viewer.role };
}

/** A code for a language an editor typed ("spa" and "es" alike); unknown ones stay invalid for the schema to refuse. */
function normalizeLanguage(code: string): string {
  return normalizeLanguageCode(code) ?? `?${code}`;
}

function placeOfZip(postalCode: string) {
  const place = findZip(postalCode);
  return place ? { latitude: place.latitude, longitude: place.longitude, countyFips: place.countyFips } : null;
}

interface SectionContext {
  locale: string;
  slug: string;
  viewer: Viewer;
  state: EditingState;
  base: ListingBase | null;
  reportId: string | undefined;
}

type Refusal = "signedOut" | "denied" | "unavailable";

async function sectionContext(posted: Posted): Promise<SectionContext | Refusal> {
  const locale = asLocale(typeof posted.locale === "string" ? posted.locale : "en");
  const slug = typeof posted.slug === "string" ? posted.slug.slice(0, 120) : "";
  const viewer = await currentViewer().catch(() => null);
  if (!viewer) return "signedOut";
  let state: EditingState | null;
  try {
    state = await getEditingState(slug);
  } catch (error) {
    if (isStorageFailure(error)) return "unavailable";
    throw error;
  }
  if (!state || !canEditListing(viewer, state.organization.id)) return "denied";
  const report = typeof posted.report === "string" && /^[0-9a-f-]{36}$/.test(posted.report) ? posted.report : undefined;
  return { locale, slug, viewer, state, base: decodeBase(typeof posted.base === "string" ? posted.base : ""), reportId: report };
}

function refused<Fields>(reason: Refusal, values: Fields, previous: EditorState<Fields>): EditorState<Fields> {
  const formError = { signedOut: "sessionEnded", denied: "denied", unavailable: "unavailable" }[reason];
  return { status: reason === "unavailable" ? "unavailable" : reason, formError, fieldErrors: {}, values, base: previous.base, original: previous.original };
}

function overviewPath(context: SectionContext, saved: string): string {
  const query = new URLSearchParams({ saved });
  if (context.reportId) query.set("report", context.reportId);
  return `${localizedPath(context.locale, `/portal/organizations/${context.slug}`)}?${query.toString()}`;
}

/** The section's values in a listing as it is now (to merge a stale form with). */
type CurrentValues<Fields> = (state: EditingState) => Fields;

/**
 * Validates the whole document the section was put into, then saves it as
 * the draft. Problems come back at the fields they are about. When someone
 * else saved in the meantime, nothing is written: the form comes back with
 * their changes and this person's own merged (mergeSectionValues), at the
 * current base, to check and save again.
 */
async function saveDocument<Fields>(
  context: SectionContext,
  form: { values: Fields; original: Fields; currentValues: CurrentValues<Fields> },
  built: { document: ListingDocument; map: FieldMap },
  options: { placedFromZip?: boolean; savedSection: string },
): Promise<EditorState<Fields>> {
  const { values, original } = form;
  const postedBase = encodeBase(context.base ?? context.state.base);
  const withIds = assignRecordIds(built.document, [context.state.published, context.state.draft]);
  const parsed = listingDocumentSchema.safeParse(withCapacityDates(context.state.draft, withIds, new Date()));
  if (!parsed.success) {
    const { fieldErrors, formError } = formErrorsOf(parsed.error, (path) => formFieldOf(built.map, path));
    return { status: "invalid", formError: formError === null ? null : "section", fieldErrors, values, base: postedBase, original, placedFromZip: options.placedFromZip };
  }
  let outcome: Awaited<ReturnType<typeof saveChangeDraft>> | null = null;
  try {
    if (context.base) outcome = await saveChangeDraft(context.state.organization.id, context.base, parsed.data, actorOf(context.viewer), { problemReportId: context.reportId });
    if (!outcome || outcome.status === "stale") {
      const now = (await getEditingState(context.slug)) ?? context.state;
      const current = form.currentValues(now);
      return { status: "stale", formError: "stale", fieldErrors: {}, values: mergeSectionValues(original, values, current), base: encodeBase(now.base), original: current };
    }
  } catch (error) {
    if (isStorageFailure(error)) return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values, base: postedBase, original };
    throw error;
  }
  redirect(overviewPath(context, options.savedSection));
}

/** The section values a form was opened with (posted back as JSON), read with the section's own reader; the posted values if unreadable. */
function originalValues<Fields>(posted: Posted, read: (value: Record<string, unknown>) => Fields, fallback: Fields): Fields {
  if (typeof posted.original !== "string" || posted.original.length > 200_000) return fallback;
  try {
    const value = JSON.parse(posted.original) as unknown;
    return typeof value === "object" && value !== null ? read(value as Record<string, unknown>) : fallback;
  } catch {
    return fallback;
  }
}

/** Languages the editor offers as checkboxes: the directory's named languages. */
async function offeredLanguages(): Promise<string[]> {
  return Object.keys((await loadMessages("en")).LanguageNames);
}

function intentOf(posted: Posted): string {
  return typeof posted.intent === "string" ? posted.intent.slice(0, 40) : "save";
}

/** Add or remove a row of a list, without saving; null when the intent is not such a change. */
function changedRows<Row>(intent: string, list: "phones" | "areas", rows: Row[], blank: () => Row): Row[] | null {
  if (intent === `add:${list}`) return rows.length >= LISTING_LIMITS[list] ? rows : [...rows, blank()];
  const removal = new RegExp(`^remove:${list}:(\\d{1,3})$`).exec(intent);
  if (removal) return rows.filter((_, index) => index !== Number(removal[1]));
  return null;
}

function idleWith<Fields>(values: Fields, previous: EditorState<Fields>): EditorState<Fields> {
  return { status: "idle", formError: null, fieldErrors: {}, values, base: previous.base, original: previous.original };
}

export const saveOrganizationSection = serverAction(async function saveOrganizationSection(previous: EditorState<OrganizationFields>, formData: FormData): Promise<EditorState<OrganizationFields>> {
  const posted = postedFields(formData);
  const values = organizationFieldsFrom(posted);
  const phones = changedRows(intentOf(posted), "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous);
  const form = { values, original: originalValues(posted, organizationFieldsFrom, values), currentValues: (state: EditingState) => organizationFieldsOf(state.draft) };
  return saveDocument(context, form, applyOrganizationFields(context.state.draft, values, { normalizeLanguage }), { savedSection: "organization" });
});

export const saveLocationSection = serverAction(async function saveLocationSection(previous: EditorState<LocationFields>, formData: FormData): Promise<EditorState<LocationFields>> {
  const posted = postedFields(formData);
  const values = locationFieldsFrom(posted);
  const intent = intentOf(posted);
  const phones = changedRows(intent, "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous);
  const offered = await offeredLanguages();
  const form = {
    values,
    original: originalValues(posted, locationFieldsFrom, values),
    currentValues: (state: EditingState) => {
      const location = state.draft.locations.find((candidate) => candidate.key === values.key);
      return location ? locationFieldsOf(location, offered) : { ...blankLocationFields(values.hours.timezone), key: values.key };
    },
  };
  if (intent === "delete") {
    return saveDocument(context, form, { document: withoutRecord(context.state.draft, "location", values.key), map: new Map() }, { savedSection: "locationRemoved" });
  }
  const built = applyLocationFields(context.state.draft, values, { normalizeLanguage, placeOfZip, newKey: `new-${crypto.randomUUID()}` });
  const state = await saveDocument(context, form, built, { placedFromZip: built.placedFromZip, savedSection: built.placedFromZip ? "locationPlacedFromZip" : "location" });
  // An unknown ZIP with no coordinates: say so at the ZIP rather than at the empty map fields.
  if (state.status === "invalid" && (state.fieldErrors.latitude || state.fieldErrors.longitude) && values.latitude.trim() === "" && values.longitude.trim() === "") {
    const { latitude: _latitude, longitude: _longitude, ...others } = state.fieldErrors;
    return { ...state, fieldErrors: { ...others, postalCode: others.postalCode ?? "zipNotFound" } };
  }
  return state;
});

export const saveServiceSection = serverAction(async function saveServiceSection(previous: EditorState<ServiceFields>, formData: FormData): Promise<EditorState<ServiceFields>> {
  const posted = postedFields(formData);
  const values = serviceFieldsFrom(posted);
  const intent = intentOf(posted);
  const phones = changedRows(intent, "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous);
  const areas = changedRows(intent, "areas", values.areas, blankAreaFields);
  if (areas) return idleWith({ ...values, areas }, previous);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous);
  const offered = await offeredLanguages();
  const form = {
    values,
    original: originalValues(posted, serviceFieldsFrom, values),
    currentValues: (state: EditingState) => {
      const service = state.draft.services.find((candidate) => (candidate.id ?? candidate.slug) === values.key);
      return service ? serviceFieldsOf(service, state.draft, offered) : { ...blankServiceFields(values.hours.timezone), key: values.key };
    },
  };
  if (intent === "delete") {
    return saveDocument(context, form, { document: withoutRecord(context.state.draft, "service", values.key), map: new Map() }, { savedSection: "serviceRemoved" });
  }
  return saveDocument(context, form, applyServiceFields(context.state.draft, values, { normalizeLanguage }), { savedSection: "service" });
});

export const saveTranslations = serverAction(async function saveTranslations(previous: EditorState<TranslationFields[]>, formData: FormData): Promise<EditorState<TranslationFields[]>> {
  const posted = postedFields(formData);
  const values = translationFieldsFrom(posted.t);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous);
  const language = typeof posted.language === "string" && /^[a-z]{2,3}$/.test(posted.language) ? posted.language : null;
  if (!language) return { status: "invalid", formError: "section", fieldErrors: {}, values, base: previous.base, original: previous.original };
  const form = {
    values,
    original: originalValues(posted, translationFieldsFrom, values),
    // The same rows as the form, each with its text as it is now.
    currentValues: (state: EditingState) => {
      const texts = translatableTexts(state.draft, language);
      return values.map((row) => {
        const translation = texts.find((text) => text.record === row.record && text.field === row.field)?.translation;
        return { ...row, value: translation?.value ?? "", source: translation?.source ?? row.source };
      });
    },
  };
  return saveDocument(context, form, applyTranslationFields(context.state.draft, language, values), { savedSection: "translations" });
});

// ---------------------------------------------------------------------------
// Sending for review, discarding, confirming unchanged

/** One-button forms of the listing overview: each goes back to it with the outcome. */
async function overviewAction(formData: FormData, work: (context: SectionContext) => Promise<"sent" | "discarded" | "confirmed" | "stale" | "nothing">): Promise<never> {
  const posted = postedFields(formData);
  const locale = isLocale(formText(formData, "locale", 10)) ? formText(formData, "locale", 10) : "en";
  const slug = formText(formData, "slug", 120);
  const context = await sectionContext(posted);
  if (context === "signedOut") redirect(`${localizedPath(locale, "/portal/sign-in")}?next=${encodeURIComponent(localizedPath(locale, `/portal/organizations/${slug}`))}`);
  if (typeof context === "string") redirect(`${localizedPath(locale, `/portal/organizations/${slug}`)}?result=${context}`);
  let result: string;
  try {
    result = await work(context);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    result = "unavailable";
  }
  redirect(`${localizedPath(locale, `/portal/organizations/${slug}`)}?result=${result}${context.reportId ? `&report=${context.reportId}` : ""}`);
}

export const sendForReview = serverAction(async function sendForReview(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base || !context.state.open) return "stale";
    const note = formText(formData, "note", 2_000).trim() || null;
    const outcome = await submitChangeRequest(context.state.organization.id, context.base, note, actorOf(context.viewer));
    return outcome.status === "saved" ? "sent" : "stale";
  });
});

export const discardChanges = serverAction(async function discardChanges(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base) return "stale";
    const outcome = await discardChangeRequest(context.state.organization.id, context.base, actorOf(context.viewer));
    return outcome.status === "saved" ? "discarded" : "stale";
  });
});

/** "Everything is still correct": the published listing, unchanged, sent for review; approving it re-verifies the listing. */
export const confirmListingUnchanged = serverAction(async function confirmListingUnchanged(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base || context.state.open) return "stale";
    const saved = await saveChangeDraft(context.state.organization.id, context.base, context.state.published, actorOf(context.viewer));
    if (saved.status === "stale") return "stale";
    const sent = await submitChangeRequest(context.state.organization.id, saved.base, null, actorOf(context.viewer));
    return sent.status === "saved" ? "confirmed" : "stale";
  });
});

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
import { localizedPath } from "@/i18n/paths";
import type { AuditActor } from "@/lib/audit-log";
import { DatabaseQueryError, DatabaseUnavailableError } from "@/lib/database-errors";
import { formErrorsOf } from "@/lib/form-errors";
import { formText, type FormState } from "@/lib/form-state";
import { assignRecordIds, withCapacityDates } from "./document";
import {
  applyLocationFields,
  applyOrganizationFields,
  applyServiceFields,
  applyTranslationFields,
  blankAreaFields,
  blankPhoneFields,
  formFieldOf,
  locationFieldsFrom,
  organizationFieldsFrom,
  serviceFieldsFrom,
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

function refused<Fields>(reason: Refusal, values: Fields, base: string): EditorState<Fields> {
  const formError = { signedOut: "sessionEnded", denied: "denied", unavailable: "unavailable" }[reason];
  return { status: reason === "unavailable" ? "unavailable" : reason, formError, fieldErrors: {}, values, base };
}

function overviewPath(context: SectionContext, saved: string): string {
  const query = new URLSearchParams({ saved });
  if (context.reportId) query.set("report", context.reportId);
  return `${localizedPath(context.locale, `/portal/organizations/${context.slug}`)}?${query.toString()}`;
}

/**
 * Validates the whole document the section was put into, then saves it as
 * the draft. Problems come back at the fields they are about.
 */
async function saveDocument<Fields>(
  context: SectionContext,
  values: Fields,
  built: { document: ListingDocument; map: FieldMap },
  options: { placedFromZip?: boolean; savedSection: string },
): Promise<EditorState<Fields>> {
  const postedBase = encodeBase(context.base ?? context.state.base);
  const withIds = assignRecordIds(built.document, [context.state.published, context.state.draft]);
  const parsed = listingDocumentSchema.safeParse(withCapacityDates(context.state.draft, withIds, new Date()));
  if (!parsed.success) {
    const { fieldErrors, formError } = formErrorsOf(parsed.error, (path) => formFieldOf(built.map, path));
    return { status: "invalid", formError: formError === null ? null : "section", fieldErrors, values, base: postedBase, placedFromZip: options.placedFromZip };
  }
  if (!context.base) return { status: "stale", formError: "stale", fieldErrors: {}, values, base: encodeBase(context.state.base) };
  let outcome: Awaited<ReturnType<typeof saveChangeDraft>>;
  try {
    outcome = await saveChangeDraft(context.state.organization.id, context.base, parsed.data, actorOf(context.viewer), { problemReportId: context.reportId });
  } catch (error) {
    if (isStorageFailure(error)) return { status: "unavailable", formError: "unavailable", fieldErrors: {}, values, base: postedBase };
    throw error;
  }
  if (outcome.status === "stale") return { status: "stale", formError: "stale", fieldErrors: {}, values, base: encodeBase(outcome.current) };
  redirect(overviewPath(context, options.savedSection));
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

function idleWith<Fields>(values: Fields, base: string): EditorState<Fields> {
  return { status: "idle", formError: null, fieldErrors: {}, values, base };
}

export async function saveOrganizationSection(previous: EditorState<OrganizationFields>, formData: FormData): Promise<EditorState<OrganizationFields>> {
  const posted = postedFields(formData);
  const values = organizationFieldsFrom(posted);
  const phones = changedRows(intentOf(posted), "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous.base);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous.base);
  return saveDocument(context, values, applyOrganizationFields(context.state.draft, values, { normalizeLanguage }), { savedSection: "organization" });
}

export async function saveLocationSection(previous: EditorState<LocationFields>, formData: FormData): Promise<EditorState<LocationFields>> {
  const posted = postedFields(formData);
  const values = locationFieldsFrom(posted);
  const intent = intentOf(posted);
  const phones = changedRows(intent, "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous.base);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous.base);
  if (intent === "delete") {
    return saveDocument(context, values, { document: withoutRecord(context.state.draft, "location", values.key), map: new Map() }, { savedSection: "locationRemoved" });
  }
  const built = applyLocationFields(context.state.draft, values, { normalizeLanguage, placeOfZip, newKey: `new-${crypto.randomUUID()}` });
  const state = await saveDocument(context, values, built, { placedFromZip: built.placedFromZip, savedSection: built.placedFromZip ? "locationPlacedFromZip" : "location" });
  // An unknown ZIP with no coordinates: say so at the ZIP rather than at the empty map fields.
  if (state.status === "invalid" && (state.fieldErrors.latitude || state.fieldErrors.longitude) && values.latitude.trim() === "" && values.longitude.trim() === "") {
    const { latitude: _latitude, longitude: _longitude, ...others } = state.fieldErrors;
    return { ...state, fieldErrors: { ...others, postalCode: others.postalCode ?? "zipNotFound" } };
  }
  return state;
}

export async function saveServiceSection(previous: EditorState<ServiceFields>, formData: FormData): Promise<EditorState<ServiceFields>> {
  const posted = postedFields(formData);
  const values = serviceFieldsFrom(posted);
  const intent = intentOf(posted);
  const phones = changedRows(intent, "phones", values.phones, blankPhoneFields);
  if (phones) return idleWith({ ...values, phones }, previous.base);
  const areas = changedRows(intent, "areas", values.areas, blankAreaFields);
  if (areas) return idleWith({ ...values, areas }, previous.base);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous.base);
  if (intent === "delete") {
    return saveDocument(context, values, { document: withoutRecord(context.state.draft, "service", values.key), map: new Map() }, { savedSection: "serviceRemoved" });
  }
  return saveDocument(context, values, applyServiceFields(context.state.draft, values, { normalizeLanguage }), { savedSection: "service" });
}

export async function saveTranslations(previous: EditorState<TranslationFields[]>, formData: FormData): Promise<EditorState<TranslationFields[]>> {
  const posted = postedFields(formData);
  const values = translationFieldsFrom(posted.t);
  const context = await sectionContext(posted);
  if (typeof context === "string") return refused(context, values, previous.base);
  const language = typeof posted.language === "string" && /^[a-z]{2,3}$/.test(posted.language) ? posted.language : null;
  if (!language) return { status: "invalid", formError: "section", fieldErrors: {}, values, base: previous.base };
  return saveDocument(context, values, applyTranslationFields(context.state.draft, language, values), { savedSection: "translations" });
}

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

export async function sendForReview(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base || !context.state.open) return "stale";
    const note = formText(formData, "note", 2_000).trim() || null;
    const outcome = await submitChangeRequest(context.state.organization.id, context.base, note, actorOf(context.viewer));
    return outcome.status === "saved" ? "sent" : "stale";
  });
}

export async function discardChanges(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base) return "stale";
    const outcome = await discardChangeRequest(context.state.organization.id, context.base, actorOf(context.viewer));
    return outcome.status === "saved" ? "discarded" : "stale";
  });
}

/** "Everything is still correct": the published listing, unchanged, sent for review; approving it re-verifies the listing. */
export async function confirmListingUnchanged(formData: FormData): Promise<void> {
  await overviewAction(formData, async (context) => {
    if (!context.base || context.state.open) return "stale";
    const saved = await saveChangeDraft(context.state.organization.id, context.base, context.state.published, actorOf(context.viewer));
    if (saved.status === "stale") return "stale";
    const sent = await submitChangeRequest(context.state.organization.id, saved.base, null, actorOf(context.viewer));
    return sent.status === "saved" ? "confirmed" : "stale";
  });
}

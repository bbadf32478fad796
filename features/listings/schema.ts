/**
 * The listing vocabulary shared by pages, forms, the seed and the API:
 * isomorphic (no database imports). Each list mirrors an enum of
 * prisma/schema.prisma; tests/unit/listing-vocabulary.test.ts keeps them equal.
 */

import { z } from "zod";

export const LISTING_STATUSES = ["active", "inactive", "defunct", "temporarily_closed"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const SERVICE_KINDS = ["legal_service", "hotline"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const CAPACITY_STATUSES = ["accepting", "waitlist", "not_accepting"] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

export const SERVICE_AREA_KINDS = ["nationwide", "state", "county", "zip", "radius"] as const;
export type ServiceAreaKind = (typeof SERVICE_AREA_KINDS)[number];

export const PHONE_TYPES = ["voice", "text", "fax"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const HOTLINE_PURPOSES = ["rapid_response", "detention_help", "legal_intake", "family_support"] as const;
export type HotlinePurpose = (typeof HOTLINE_PURPOSES)[number];

export const ACCREDITATION_KINDS = ["doj_recognized", "accredited_representative", "attorney_led"] as const;
export type AccreditationKind = (typeof ACCREDITATION_KINDS)[number];

export const SAFETY_STATEMENT_KINDS = [
  "no_status_questions",
  "no_data_sharing",
  "serves_detained",
  "walk_in",
  "remote_intake",
  "free_consultation",
] as const;
export type SafetyStatementKind = (typeof SAFETY_STATEMENT_KINDS)[number];

export const SAFETY_ANSWERS = ["yes", "no", "unknown"] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

export const COST_KINDS = ["free", "sliding_scale", "fixed_fee"] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const TRANSLATION_SOURCES = ["original", "professional", "community", "machine"] as const;
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number];

/** Who vouched for a listing's last verification, as the public page says it. */
export const VERIFIER_ROLES = ["organization", "moderator"] as const;
export type VerifierRole = (typeof VERIFIER_ROLES)[number];

/** The widest "radius" service area; search looks this far for areas that cover a point. */
export const MAX_AREA_RADIUS_MILES = 250;

/** Verification age after which a listing carries a warning, and after which search hides it. */
export const STALE_AFTER_DAYS = 180;
export const HIDDEN_AFTER_DAYS = 365;

/** Weekdays as in iCal BYDAY and ISO 8601: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The legal-service taxonomy. Slugs are a public contract (`service=` in URLs). */
export const TAXONOMY = [
  { slug: "removal-defense", code: "kyr.1", name: "Removal defense" },
  { slug: "detention-bond", code: "kyr.2", name: "Detention and bond" },
  { slug: "asylum", code: "kyr.3", name: "Asylum" },
  { slug: "daca", code: "kyr.4", name: "DACA" },
  { slug: "tps", code: "kyr.5", name: "Temporary Protected Status (TPS)" },
  { slug: "u-t-visas-vawa", code: "kyr.6", name: "U and T visas and VAWA" },
  { slug: "sijs-children", code: "kyr.7", name: "Special Immigrant Juvenile Status and children" },
  { slug: "family-petitions", code: "kyr.8", name: "Family petitions" },
  { slug: "naturalization", code: "kyr.9", name: "Naturalization and citizenship" },
  { slug: "work-permits", code: "kyr.10", name: "Work permits" },
  { slug: "appeals", code: "kyr.11", name: "Appeals" },
  { slug: "crimmigration", code: "kyr.12", name: "Criminal-immigration (crimmigration)" },
  { slug: "kyr-trainings", code: "kyr.13", name: "Know-your-rights trainings" },
  { slug: "rapid-response", code: "kyr.14", name: "Rapid response" },
  { slug: "family-preparedness", code: "kyr.15", name: "Family preparedness plans" },
  { slug: "notario-fraud", code: "kyr.16", name: "Notario-fraud help" },
] as const;
export type TaxonomySlug = (typeof TAXONOMY)[number]["slug"];

/** Translatable text fields per record type. */
export const TRANSLATABLE_FIELDS = {
  organization: ["name", "alternateName", "description"],
  service: ["name", "description", "eligibilityDescription", "applicationProcess", "feesDescription"],
  location: ["name", "description", "transportation", "accessibility"],
  phone: ["description"],
} as const;
export type TranslatableEntity = keyof typeof TRANSLATABLE_FIELDS;

// ---------------------------------------------------------------------------
// A whole listing: one organization with its locations, services and
// everything they hold. The listing document (content an organization's
// editors, imports and the API speak of) and the listing input (the document
// plus what only moderators and the seed set: publication, sample flag,
// verification) share one shape. Error messages are keys of the
// `Editor.errors` messages, so a form shows each in the reader's language.

const TAXONOMY_SLUGS = TAXONOMY.map((term) => term.slug) as [TaxonomySlug, ...TaxonomySlug[]];

/** What a form shows for each problem (keys of `Editor.errors`). */
export const LISTING_ERROR_KEYS = [
  "required",
  "tooLong",
  "invalid",
  "choose",
  "phoneFormat",
  "extensionFormat",
  "postalCodeFormat",
  "stateCode",
  "countyFips",
  "zipCode",
  "timeFormat",
  "timeZone",
  "languageCode",
  "url",
  "email",
  "year",
  "wholeNumber",
  "latitude",
  "longitude",
  "radius",
  "slug",
  "unknownLocation",
  "duplicate",
  "tooMany",
] as const;
export type ListingErrorKey = (typeof LISTING_ERROR_KEYS)[number];

/** Lists in a listing are bounded, so no form or import can make a listing too big to review or render. */
export const LISTING_LIMITS = { phones: 20, locations: 50, services: 50, areas: 100, languages: 60, hours: 21, translations: 2_000 } as const;

/** ISO 639-1 (two letters) or ISO 639-3 (three letters, e.g. mam, quc). */
export const languageCodeSchema = z.string({ error: "languageCode" }).regex(/^[a-z]{2,3}$/, { error: "languageCode" });
/** E.164, US numbers: +1 and ten digits. */
export const usPhoneNumberSchema = z.string({ error: "phoneFormat" }).regex(/^\+1[2-9]\d{2}[2-9]\d{6}$/, { error: "phoneFormat" });
const clockTimeSchema = z.string({ error: "timeFormat" }).regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: "timeFormat" });
const textSchema = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(5_000, { error: "tooLong" });
const shortTextSchema = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(300, { error: "tooLong" });
const slugSchema = z.string({ error: "slug" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "slug" }).max(120, { error: "slug" });
const urlSchema = z.url({ protocol: /^https?$/, error: "url" }).max(500, { error: "tooLong" });
const emailSchema = z.email({ error: "email" }).max(254, { error: "tooLong" });
const idSchema = z.uuid({ error: "invalid" });
const languagesSchema = z.array(languageCodeSchema).max(LISTING_LIMITS.languages, { error: "tooMany" }).default([]);
/** A date, or its ISO form as a document stored as JSON holds it. */
const dateSchema = z.union([z.date({ error: "invalid" }), z.iso.datetime({ offset: true, error: "invalid" }).pipe(z.coerce.date())]);
const choice = <const Values extends readonly [string, ...string[]]>(values: Values) => z.enum(values, { error: "choose" });

export const translationInputSchema = z.object({
  field: z.string().min(1, { error: "invalid" }),
  locale: languageCodeSchema,
  value: textSchema,
  source: choice(TRANSLATION_SOURCES),
});
const translationsSchema = z.array(translationInputSchema).max(LISTING_LIMITS.translations, { error: "tooMany" }).default([]);

export const phoneInputSchema = z.object({
  /** The phone's id once published; new phones get one when they are first saved. */
  id: idSchema.optional(),
  number: usPhoneNumberSchema,
  extension: z.string().regex(/^\d{1,6}$/, { error: "extensionFormat" }).optional(),
  type: choice(PHONE_TYPES).default("voice"),
  isHotline: z.boolean().default(false),
  acceptsText: z.boolean().default(false),
  description: textSchema.optional(),
  languages: languagesSchema,
  translations: translationsSchema,
});
const phonesSchema = z.array(phoneInputSchema).max(LISTING_LIMITS.phones, { error: "tooMany" }).default([]);

/** An IANA time zone this runtime knows ("America/Chicago"); an unknown one would break every page that shows the hours. */
const timeZoneSchema = z.string({ error: "timeZone" }).refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, { error: "timeZone" });

export const scheduleInputSchema = z.object({
  timezone: timeZoneSchema,
  isAlwaysOpen: z.boolean().default(false),
  notes: textSchema.optional(),
  hours: z
    .array(z.object({ weekday: z.number({ error: "invalid" }).int().min(1).max(7), opensAt: clockTimeSchema, closesAt: clockTimeSchema }))
    .max(LISTING_LIMITS.hours, { error: "tooMany" })
    .default([]),
});
const schedulesSchema = z.array(scheduleInputSchema).max(3, { error: "tooMany" }).default([]);

export const addressInputSchema = z.object({
  address1: shortTextSchema,
  address2: shortTextSchema.optional(),
  city: shortTextSchema,
  region: z.string({ error: "stateCode" }).regex(/^[A-Z]{2}$/, { error: "stateCode" }),
  postalCode: z.string({ error: "postalCodeFormat" }).regex(/^\d{5}(-\d{4})?$/, { error: "postalCodeFormat" }),
  countyFips: z.string().regex(/^\d{5}$/, { error: "countyFips" }).optional(),
});

const latitudeSchema = z.number({ error: "latitude" }).min(-90, { error: "latitude" }).max(90, { error: "latitude" });
const longitudeSchema = z.number({ error: "longitude" }).min(-180, { error: "longitude" }).max(180, { error: "longitude" });

export const locationInputSchema = z.object({
  /** The location's id once published; new locations get one when they are first saved. */
  id: idSchema.optional(),
  /** Names this location for the services offered there (the id, once it has one); not stored. */
  key: z.string().min(1, { error: "invalid" }).max(120, { error: "invalid" }),
  name: shortTextSchema.optional(),
  description: textSchema.optional(),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  timezone: timeZoneSchema,
  transportation: textSchema.optional(),
  accessibility: textSchema.optional(),
  address: addressInputSchema,
  phones: phonesSchema,
  languages: languagesSchema,
  schedules: schedulesSchema,
  translations: translationsSchema,
});

export const serviceAreaInputSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("nationwide") }),
    z.object({ kind: z.literal("state"), code: z.string({ error: "stateCode" }).regex(/^[A-Z]{2}$/, { error: "stateCode" }) }),
    z.object({ kind: z.literal("county"), code: z.string({ error: "countyFips" }).regex(/^\d{5}$/, { error: "countyFips" }), description: textSchema.optional() }),
    z.object({ kind: z.literal("zip"), code: z.string({ error: "zipCode" }).regex(/^\d{5}$/, { error: "zipCode" }) }),
    z.object({
      kind: z.literal("radius"),
      radiusMiles: z.number({ error: "radius" }).positive({ error: "radius" }).max(MAX_AREA_RADIUS_MILES, { error: "radius" }),
      centerLatitude: latitudeSchema,
      centerLongitude: longitudeSchema,
    }),
  ],
  { error: "choose" },
);

export const costInputSchema = z.object({
  kind: choice(COST_KINDS),
  amount: z.number({ error: "wholeNumber" }).nonnegative({ error: "wholeNumber" }).max(1_000_000, { error: "wholeNumber" }).optional(),
  description: textSchema.optional(),
});

const ageSchema = z.number({ error: "wholeNumber" }).int({ error: "wholeNumber" }).min(0, { error: "wholeNumber" }).max(130, { error: "wholeNumber" });

export const serviceInputSchema = z.object({
  /** The service's id once published; new services get one when they are first saved. */
  id: idSchema.optional(),
  slug: slugSchema,
  kind: choice(SERVICE_KINDS).default("legal_service"),
  name: shortTextSchema,
  alternateName: shortTextSchema.optional(),
  description: textSchema,
  url: urlSchema.optional(),
  email: emailSchema.optional(),
  status: choice(LISTING_STATUSES).default("active"),
  eligibilityDescription: textSchema.optional(),
  applicationProcess: textSchema.optional(),
  feesDescription: textSchema.optional(),
  minimumAge: ageSchema.optional(),
  maximumAge: ageSchema.optional(),
  capacityStatus: choice(CAPACITY_STATUSES).optional(),
  /** When the capacity was last set; kept by the server when the status changes. */
  capacityUpdatedAt: dateSchema.optional(),
  hotlinePurpose: choice(HOTLINE_PURPOSES).optional(),
  taxonomy: z.array(z.enum(TAXONOMY_SLUGS, { error: "choose" })).default([]),
  areas: z.array(serviceAreaInputSchema).max(LISTING_LIMITS.areas, { error: "tooMany" }).default([]),
  languages: languagesSchema,
  costs: z.array(costInputSchema).max(COST_KINDS.length, { error: "tooMany" }).default([]),
  phones: phonesSchema,
  schedules: schedulesSchema,
  /** Keys of this listing's locations where the service is offered. */
  locationKeys: z.array(z.string()).default([]),
  translations: translationsSchema,
});

const accreditationsSchema = z
  .array(z.object({ kind: choice(ACCREDITATION_KINDS), detail: shortTextSchema.optional(), validUntil: dateSchema.optional() }))
  .default([]);
const safetyStatementsSchema = z
  .array(z.object({ kind: choice(SAFETY_STATEMENT_KINDS), answer: choice(SAFETY_ANSWERS), vettedAt: dateSchema.optional() }))
  .default([]);

const listingDocumentShape = {
  slug: slugSchema,
  name: shortTextSchema,
  alternateName: shortTextSchema.optional(),
  description: textSchema,
  sourceLocale: languageCodeSchema.default("en"),
  email: emailSchema.optional(),
  website: urlSchema.optional(),
  yearIncorporated: z.number({ error: "year" }).int({ error: "year" }).min(1800, { error: "year" }).max(2100, { error: "year" }).optional(),
  status: choice(LISTING_STATUSES).default("active"),
  accreditations: accreditationsSchema,
  safetyStatements: safetyStatementsSchema,
  phones: phonesSchema,
  locations: z.array(locationInputSchema).max(LISTING_LIMITS.locations, { error: "tooMany" }).default([]),
  services: z.array(serviceInputSchema).max(LISTING_LIMITS.services, { error: "tooMany" }).default([]),
  translations: translationsSchema,
};

/** What a listing must hold together: services offered at its own locations, no two records under one key. */
function checkListingIntegrity(
  listing: { locations: { key: string; id?: string }[]; services: { slug: string; id?: string; locationKeys: string[] }[] },
  context: z.RefinementCtx,
): void {
  const keys = new Set<string>();
  listing.locations.forEach((location, index) => {
    if (keys.has(location.key)) context.addIssue({ code: "custom", path: ["locations", index, "key"], message: "duplicate" });
    keys.add(location.key);
  });
  const slugs = new Set<string>();
  listing.services.forEach((service, serviceIndex) => {
    if (slugs.has(service.slug)) context.addIssue({ code: "custom", path: ["services", serviceIndex, "slug"], message: "duplicate" });
    slugs.add(service.slug);
    service.locationKeys.forEach((key, keyIndex) => {
      if (!keys.has(key)) context.addIssue({ code: "custom", path: ["services", serviceIndex, "locationKeys", keyIndex], message: "unknownLocation" });
    });
  });
}

/** One organization's listing as its editors, imports and the API know it. */
export const listingDocumentSchema = z.object(listingDocumentShape).superRefine(checkListingIntegrity);

/** A listing as the seed, fixtures and bulk loads write it: the document and its publication and verification. */
export const listingInputSchema = z
  .object({
    ...listingDocumentShape,
    isPublished: z.boolean().default(true),
    isSample: z.boolean().default(false),
    verifiedAt: dateSchema.optional(),
    verifiedByRole: z.enum(VERIFIER_ROLES).optional(),
    verificationNote: textSchema.optional(),
  })
  .superRefine(checkListingIntegrity);

export type ListingDocument = z.output<typeof listingDocumentSchema>;
export type ListingDocumentDraft = z.input<typeof listingDocumentSchema>;
export type ListingInput = z.output<typeof listingInputSchema>;
export type ListingInputDraft = z.input<typeof listingInputSchema>;
export type LocationInput = z.output<typeof locationInputSchema>;
export type ServiceInput = z.output<typeof serviceInputSchema>;
export type PhoneInput = z.output<typeof phoneInputSchema>;
export type ScheduleInput = z.output<typeof scheduleInputSchema>;
export type ServiceAreaInput = z.output<typeof serviceAreaInputSchema>;
export type ServiceAreaInputDraft = z.input<typeof serviceAreaInputSchema>;
export type TranslationInput = z.output<typeof translationInputSchema>;

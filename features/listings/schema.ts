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
// A whole listing as it is loaded (seed, fixtures, imports): one organization
// with its locations, services and everything they hold.


const TAXONOMY_SLUGS = TAXONOMY.map((term) => term.slug) as [TaxonomySlug, ...TaxonomySlug[]];

/** ISO 639-1 (two letters) or ISO 639-3 (three letters, e.g. mam, quc). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/);
/** E.164, US numbers: +1 and ten digits. */
export const usPhoneNumberSchema = z.string().regex(/^\+1\d{10}$/);
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const textSchema = z.string().trim().min(1).max(5_000);

export const translationInputSchema = z.object({
  field: z.string().min(1),
  locale: languageCodeSchema,
  value: textSchema,
  source: z.enum(TRANSLATION_SOURCES),
});

export const phoneInputSchema = z.object({
  number: usPhoneNumberSchema,
  extension: z.string().regex(/^\d{1,6}$/).optional(),
  type: z.enum(PHONE_TYPES).default("voice"),
  isHotline: z.boolean().default(false),
  acceptsText: z.boolean().default(false),
  description: textSchema.optional(),
  languages: z.array(languageCodeSchema).default([]),
  translations: z.array(translationInputSchema).default([]),
});

/** An IANA time zone this runtime knows ("America/Chicago"); an unknown one would break every page that shows the hours. */
const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone");

export const scheduleInputSchema = z.object({
  timezone: timeZoneSchema,
  isAlwaysOpen: z.boolean().default(false),
  notes: textSchema.optional(),
  hours: z
    .array(z.object({ weekday: z.number().int().min(1).max(7), opensAt: clockTimeSchema, closesAt: clockTimeSchema }))
    .default([]),
});

export const addressInputSchema = z.object({
  address1: textSchema,
  address2: textSchema.optional(),
  city: textSchema,
  region: z.string().regex(/^[A-Z]{2}$/),
  postalCode: z.string().regex(/^\d{5}(-\d{4})?$/),
  countyFips: z.string().regex(/^\d{5}$/).optional(),
});

export const locationInputSchema = z.object({
  /** Names this location for the services offered there; not stored. */
  key: z.string().min(1),
  name: textSchema.optional(),
  description: textSchema.optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timezone: timeZoneSchema,
  transportation: textSchema.optional(),
  accessibility: textSchema.optional(),
  address: addressInputSchema,
  phones: z.array(phoneInputSchema).default([]),
  languages: z.array(languageCodeSchema).default([]),
  schedules: z.array(scheduleInputSchema).default([]),
  translations: z.array(translationInputSchema).default([]),
});

export const serviceAreaInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("nationwide") }),
  z.object({ kind: z.literal("state"), code: z.string().regex(/^[A-Z]{2}$/) }),
  z.object({ kind: z.literal("county"), code: z.string().regex(/^\d{5}$/), description: textSchema.optional() }),
  z.object({ kind: z.literal("zip"), code: z.string().regex(/^\d{5}$/) }),
  z.object({
    kind: z.literal("radius"),
    radiusMiles: z.number().positive().max(MAX_AREA_RADIUS_MILES),
    centerLatitude: z.number().min(-90).max(90),
    centerLongitude: z.number().min(-180).max(180),
  }),
]);

export const costInputSchema = z.object({
  kind: z.enum(COST_KINDS),
  amount: z.number().nonnegative().optional(),
  description: textSchema.optional(),
});

export const serviceInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(SERVICE_KINDS).default("legal_service"),
  name: textSchema,
  alternateName: textSchema.optional(),
  description: textSchema,
  url: z.url().optional(),
  email: z.email().optional(),
  status: z.enum(LISTING_STATUSES).default("active"),
  eligibilityDescription: textSchema.optional(),
  applicationProcess: textSchema.optional(),
  feesDescription: textSchema.optional(),
  minimumAge: z.number().int().min(0).optional(),
  maximumAge: z.number().int().min(0).optional(),
  capacityStatus: z.enum(CAPACITY_STATUSES).optional(),
  capacityUpdatedAt: z.date().optional(),
  hotlinePurpose: z.enum(HOTLINE_PURPOSES).optional(),
  taxonomy: z.array(z.enum(TAXONOMY_SLUGS)).default([]),
  areas: z.array(serviceAreaInputSchema).default([]),
  languages: z.array(languageCodeSchema).default([]),
  costs: z.array(costInputSchema).default([]),
  phones: z.array(phoneInputSchema).default([]),
  schedules: z.array(scheduleInputSchema).default([]),
  /** Keys of this listing's locations where the service is offered. */
  locationKeys: z.array(z.string()).default([]),
  translations: z.array(translationInputSchema).default([]),
});

export const listingInputSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120),
    name: textSchema,
    alternateName: textSchema.optional(),
    description: textSchema,
    sourceLocale: languageCodeSchema.default("en"),
    email: z.email().optional(),
    website: z.url().optional(),
    yearIncorporated: z.number().int().min(1800).max(2100).optional(),
    status: z.enum(LISTING_STATUSES).default("active"),
    isPublished: z.boolean().default(true),
    isSample: z.boolean().default(false),
    verifiedAt: z.date().optional(),
    verifiedBy: textSchema.optional(),
    verificationNote: textSchema.optional(),
    accreditations: z
      .array(z.object({ kind: z.enum(ACCREDITATION_KINDS), detail: textSchema.optional(), validUntil: z.date().optional() }))
      .default([]),
    safetyStatements: z
      .array(z.object({ kind: z.enum(SAFETY_STATEMENT_KINDS), answer: z.enum(SAFETY_ANSWERS), vettedAt: z.date().optional() }))
      .default([]),
    phones: z.array(phoneInputSchema).default([]),
    locations: z.array(locationInputSchema).default([]),
    services: z.array(serviceInputSchema).default([]),
    translations: z.array(translationInputSchema).default([]),
  })
  .superRefine((listing, context) => {
    const keys = new Set(listing.locations.map((location) => location.key));
    listing.services.forEach((service, serviceIndex) => {
      service.locationKeys.forEach((key, keyIndex) => {
        if (!keys.has(key)) {
          context.addIssue({
            code: "custom",
            path: ["services", serviceIndex, "locationKeys", keyIndex],
            message: `No location with key "${key}"`,
          });
        }
      });
    });
  });

export type ListingInput = z.output<typeof listingInputSchema>;
export type ListingInputDraft = z.input<typeof listingInputSchema>;
export type PhoneInput = z.output<typeof phoneInputSchema>;
export type ScheduleInput = z.output<typeof scheduleInputSchema>;
export type TranslationInput = z.output<typeof translationInputSchema>;

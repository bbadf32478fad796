/**
 * Builds the sample listings: fictional organizations on real ZIP centroids,
 * every date relative to `now` so the sample never goes stale by itself.
 * Deterministic: the same `now` always gives the same listings.
 */
import { findZip } from "@/features/geo/zip-codes";
import type {
  HotlinePurpose,
  ListingInputDraft,
  SafetyAnswer,
  TaxonomySlug,
  TranslationSource,
} from "@/features/listings/schema";
import { slugify } from "@/features/listings/slugs";
import { SAMPLE_METROS, type SampleMetro, type SampleOrganization } from "./sample-metros";
import { SAMPLE_PROFILES, type LocalizedText, type SampleServiceProfile } from "./sample-profiles";
import { createSeededRandom } from "@/lib/seeded-random";

type SampleLocale = keyof LocalizedText;
type TranslationDraft = NonNullable<ListingInputDraft["translations"]>[number];
type ServiceDraft = NonNullable<ListingInputDraft["services"]>[number];
type LocationDraft = NonNullable<ListingInputDraft["locations"]>[number];
type ScheduleDraft = NonNullable<LocationDraft["schedules"]>[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const SAMPLE_LOCALES: SampleLocale[] = ["en", "es", "ar"];

/**
 * The sample national hotlines: fictional lines (555-01xx numbers, no real
 * number invented) so that the demo shows how national help looks. Loaded
 * like every other sample listing and removed with them.
 */
interface SampleNationalHotline {
  slug: string;
  organizationName: string;
  name: Readonly<Record<"en", string>> & Readonly<Partial<Record<string, string>>>;
  purpose: HotlinePurpose;
  /** E.164. */
  number: string;
  acceptsText: boolean;
  isAlwaysOpen: boolean;
  languages: readonly string[];
}

const SAMPLE_NATIONAL_HOTLINES: readonly SampleNationalHotline[] = [
  {
    slug: "national-raid-response-line",
    organizationName: "United Rapid Response Alliance",
    name: {
      en: "National raid response line",
      es: "Línea nacional de respuesta a redadas",
      ar: "الخط الوطني للاستجابة للمداهمات",
    },
    purpose: "rapid_response",
    number: "+12025550101",
    acceptsText: true,
    isAlwaysOpen: true,
    languages: ["en", "es", "ar", "ht", "fr", "pt"],
  },
  {
    slug: "national-detention-help-line",
    organizationName: "Family Detention Support Network",
    name: {
      en: "Detention locator help line",
      es: "Línea de ayuda para localizar a personas detenidas",
      ar: "خط المساعدة في العثور على المحتجزين",
    },
    purpose: "detention_help",
    number: "+12025550102",
    acceptsText: false,
    isAlwaysOpen: true,
    languages: ["en", "es", "zh", "vi", "ko"],
  },
  {
    slug: "national-legal-intake-line",
    organizationName: "Coalition for Immigrant Legal Access",
    name: {
      en: "National legal intake line",
      es: "Línea nacional de admisión legal",
      ar: "الخط الوطني لاستقبال الطلبات القانونية",
    },
    purpose: "legal_intake",
    number: "+12025550103",
    acceptsText: true,
    isAlwaysOpen: false,
    languages: ["en", "es", "ar", "fa", "ru", "tl"],
  },
  {
    slug: "national-family-support-line",
    organizationName: "Families Together Support Line",
    name: {
      en: "Family support line",
      es: "Línea de apoyo a familias",
      ar: "خط دعم الأسر",
    },
    purpose: "family_support",
    number: "+12025550104",
    acceptsText: true,
    isAlwaysOpen: true,
    languages: ["en", "es", "ht", "mam", "quc"],
  },
];


class SampleBuilder {
  private readonly random = createSeededRandom(20261129);
  private readonly nextPhoneSuffix = new Map<string, number>([["202", 10]]);

  constructor(private readonly now: Date) {}

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY_MS);
  }

  daysFromNow(days: number): Date {
    return new Date(this.now.getTime() + days * DAY_MS);
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** A number in the 555-0100–555-0199 range reserved for fiction. */
  phoneNumber(areaCode: string): string {
    const suffix = this.nextPhoneSuffix.get(areaCode) ?? 0;
    if (suffix > 99) throw new Error(`No fictional 555-01xx numbers left in area code ${areaCode}`);
    this.nextPhoneSuffix.set(areaCode, suffix + 1);
    return `+1${areaCode}55501${String(suffix).padStart(2, "0")}`;
  }

  /** Text in the organization's own language, and translations into the other sample locales. */
  localized(
    text: LocalizedText,
    sourceLocale: SampleLocale,
    field: string,
    options: { skipEnglish?: boolean } = {},
  ): { base: string; translations: TranslationDraft[] } {
    const translations: TranslationDraft[] = [];
    for (const locale of SAMPLE_LOCALES) {
      if (locale === sourceLocale) continue;
      if (locale === "en" && options.skipEnglish) continue;
      // Not every listing is translated into every language, as in real data.
      if (locale === "ar" && this.chance(0.25)) continue;
      const source: TranslationSource =
        locale === "ar" ? this.pick(["machine", "machine", "professional", "community"]) : this.pick(["professional", "professional", "community", "machine"]);
      translations.push({ field, locale, value: text[locale], source });
    }
    return { base: text[sourceLocale], translations };
  }

  verificationAge(rank: number): number {
    // The first organizations of each metro are the recently verified core
    // that every big-city search relies on; the rest spread over the year,
    // including some past the 180-day warning and the 365-day cut-off.
    if (rank < 4) return this.integer(2, 75);
    const roll = this.random();
    if (roll < 0.55) return this.integer(2, 90);
    if (roll < 0.75) return this.integer(91, 179);
    if (roll < 0.9) return this.integer(181, 360);
    return this.integer(370, 540);
  }
}

function officeHours(builder: SampleBuilder, timezone: string, walkIn: boolean): ScheduleDraft {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "17:00" }));
  if (builder.chance(0.35)) {
    // Evening hours for people who cannot leave work during the day.
    weekdays[1] = { weekday: 2, opensAt: "11:00", closesAt: "19:00" };
    weekdays[3] = { weekday: 4, opensAt: "11:00", closesAt: "19:00" };
  }
  const saturday = walkIn || builder.chance(0.3) ? [{ weekday: 6, opensAt: "10:00", closesAt: "14:00" }] : [];
  return { timezone, hours: [...weekdays, ...saturday] };
}

function hotlineHours(builder: SampleBuilder, timezone: string): ScheduleDraft {
  if (builder.chance(0.6)) return { timezone, isAlwaysOpen: true, hours: [] };
  return {
    timezone,
    hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: "07:00", closesAt: "22:00" })),
  };
}

const ACCESSIBILITY: LocalizedText[] = [
  { en: "Step-free entrance and an elevator.", es: "Entrada sin escalones y elevador.", ar: "مدخل بلا درج ومصعد." },
  { en: "Ground-floor office; accessible restroom.", es: "Oficina en planta baja; baño accesible.", ar: "مكتب في الطابق الأرضي؛ دورة مياه مهيأة لذوي الإعاقة." },
  { en: "Second floor, no elevator. Ask us to meet you on the ground floor.", es: "Segundo piso, sin elevador. Pida que le atendamos en la planta baja.", ar: "الطابق الثاني بلا مصعد. اطلب أن نلتقيك في الطابق الأرضي." },
];

const CLOSING_SENTENCES: LocalizedText[] = [
  { en: "Services are confidential.", es: "Los servicios son confidenciales.", ar: "الخدمات سرية." },
  { en: "Call before you visit: appointments fill quickly.", es: "Llame antes de visitar: las citas se llenan rápido.", ar: "اتصل قبل الزيارة: المواعيد تمتلئ بسرعة." },
  { en: "Interpreters for other languages are available on request.", es: "Hay intérpretes para otros idiomas si los pide.", ar: "يتوفر مترجمون فوريون للغات أخرى عند الطلب." },
  { en: "We work closely with local schools, clinics and congregations.", es: "Trabajamos de cerca con escuelas, clínicas y congregaciones locales.", ar: "نعمل بشكل وثيق مع المدارس والعيادات ودور العبادة المحلية." },
];

function serviceAreasFor(
  profileName: SampleOrganization["profile"],
  service: SampleServiceProfile,
  metro: SampleMetro,
  office: { latitude: number; longitude: number; countyFips: string | null },
): NonNullable<ServiceDraft["areas"]> {
  if (service.hotlinePurpose) {
    return metro.hotlineCounties.length > 0
      ? metro.hotlineCounties.map((code) => ({ kind: "county" as const, code }))
      : [{ kind: "state" as const, code: metro.stateCode }];
  }
  if (service.remoteOnly || profileName === "youthProgram") return [{ kind: "state", code: metro.stateCode }];
  if (profileName === "fullServiceClinic" && office.countyFips) return [{ kind: "county", code: office.countyFips }];
  const radiusMiles = profileName === "detentionProject" ? 100 : 40;
  return [{ kind: "radius", radiusMiles, centerLatitude: office.latitude, centerLongitude: office.longitude }];
}

function safetyAnswer(builder: SampleBuilder, offered: boolean): SafetyAnswer {
  if (offered) return "yes";
  return builder.chance(0.8) ? "no" : "unknown";
}

function buildOrganization(builder: SampleBuilder, metro: SampleMetro, organization: SampleOrganization, rank: number): ListingInputDraft {
  const profile = SAMPLE_PROFILES[organization.profile];
  const sourceLocale: SampleLocale = organization.sourceLocale ?? "en";
  const slug = slugify(organization.name);
  const verifiedAt = builder.daysAgo(builder.verificationAge(rank));
  const isCore = rank < 4;
  const languages = ["en", "es", ...(organization.languages ?? [])];

  const offices = organization.offices.map((office) => {
    const place = findZip(office.zip);
    if (!place) throw new Error(`Sample office ZIP ${office.zip} is not in the ZIP dataset`);
    return { ...office, place };
  });

  const locations: LocationDraft[] = offices.map((office, index) => {
    const name = builder.localized(
      { en: `${office.area} office`, es: `Oficina de ${office.area}`, ar: `مكتب ${office.area}` },
      sourceLocale,
      "name",
    );
    const accessibility = builder.localized(builder.pick(ACCESSIBILITY), sourceLocale, "accessibility");
    return {
      key: `office-${index}`,
      name: name.base,
      latitude: office.place.latitude,
      longitude: office.place.longitude,
      timezone: metro.timezone,
      accessibility: accessibility.base,
      address: {
        address1: `${builder.integer(100, 4800)} ${builder.pick(metro.streets)}`,
        address2: builder.chance(0.5) ? `Suite ${builder.integer(1, 9)}0${builder.integer(0, 9)}` : undefined,
        city: office.place.city,
        region: office.place.stateCode,
        postalCode: office.zip,
        countyFips: office.place.countyFips ?? undefined,
      },
      phones: [{ number: builder.phoneNumber(metro.areaCode), type: "voice", languages: languages.slice(0, 4) }],
      languages,
      schedules: [officeHours(builder, metro.timezone, profile.walkIn)],
      translations: [...name.translations, ...accessibility.translations],
    };
  });

  const services: ServiceDraft[] = profile.services.map((service) => {
    const name = builder.localized(service.name, sourceLocale, "name");
    // One Spanish-language organization keeps its service texts in Spanish
    // only: the site must show them with a note rather than hide them.
    const description = builder.localized(service.description, sourceLocale, "description", {
      skipEnglish: sourceLocale === "es" && rank % 2 === 1,
    });
    const eligibility = service.eligibility ? builder.localized(service.eligibility, sourceLocale, "eligibilityDescription") : null;
    const applicationProcess = service.applicationProcess
      ? builder.localized(service.applicationProcess, sourceLocale, "applicationProcess")
      : null;
    const firstOffice = offices[0];
    if (!firstOffice) throw new Error(`${organization.name} has no office`);
    const isHotline = service.hotlinePurpose !== undefined;
    return {
      slug: service.slug,
      kind: isHotline ? "hotline" : "legal_service",
      name: name.base,
      description: description.base,
      eligibilityDescription: eligibility?.base,
      applicationProcess: applicationProcess?.base,
      url: `https://${slug}.example.org/${service.slug}`,
      capacityStatus: isHotline ? undefined : builder.pick(service.capacity),
      capacityUpdatedAt: isHotline ? undefined : new Date(verifiedAt.getTime() - builder.integer(0, 20) * DAY_MS),
      hotlinePurpose: service.hotlinePurpose,
      taxonomy: service.taxonomy,
      areas: serviceAreasFor(organization.profile, service, metro, firstOffice.place),
      languages,
      costs: service.costs,
      phones: isHotline
        ? [{ number: builder.phoneNumber(metro.areaCode), isHotline: true, acceptsText: builder.chance(0.7), languages }]
        : service.remoteOnly
          ? [{ number: builder.phoneNumber(metro.areaCode), languages }]
          : [],
      schedules: isHotline ? [hotlineHours(builder, metro.timezone)] : [],
      locationKeys: service.remoteOnly ? [] : locations.map((location) => location.key),
      translations: [
        ...name.translations,
        ...description.translations,
        ...(eligibility?.translations ?? []),
        ...(applicationProcess?.translations ?? []),
      ],
    };
  });

  const closing = builder.pick(CLOSING_SENTENCES);
  const description = builder.localized(
    {
      en: `${organization.name} is ${profile.summary.en} in ${metro.city}. ${closing.en}`,
      es: `${organization.name} es ${profile.summary.es} en ${metro.city}. ${closing.es}`,
      ar: `${organization.name} هي ${profile.summary.ar} في ${metro.city}. ${closing.ar}`,
    },
    sourceLocale,
    "description",
  );

  const vettedAt = verifiedAt;
  return {
    slug,
    name: organization.name,
    description: description.base,
    sourceLocale,
    email: `help@${slug}.example.org`,
    website: `https://${slug}.example.org`,
    yearIncorporated: builder.integer(1978, 2022),
    status: !isCore && builder.chance(0.06) ? "temporarily_closed" : "active",
    isPublished: isCore || !builder.chance(0.03),
    isSample: true,
    verifiedAt,
    verifiedByRole: "moderator",
    accreditations: profile.accreditations.map((kind) => ({
      kind,
      validUntil: kind === "doj_recognized" ? builder.daysFromNow(builder.integer(200, 1500)) : undefined,
    })),
    safetyStatements: [
      { kind: "no_status_questions", answer: builder.chance(0.85) ? "yes" : "unknown", vettedAt },
      { kind: "no_data_sharing", answer: builder.chance(0.8) ? "yes" : "unknown", vettedAt },
      { kind: "serves_detained", answer: safetyAnswer(builder, profile.servesDetained), vettedAt },
      { kind: "walk_in", answer: safetyAnswer(builder, profile.walkIn), vettedAt },
      { kind: "remote_intake", answer: safetyAnswer(builder, profile.remoteIntake), vettedAt },
      { kind: "free_consultation", answer: safetyAnswer(builder, profile.freeConsultation), vettedAt },
    ],
    locations,
    services,
    translations: description.translations,
  };
}

const HOTLINE_TAXONOMY: Record<HotlinePurpose, TaxonomySlug[]> = {
  rapid_response: ["rapid-response"],
  detention_help: ["detention-bond"],
  legal_intake: ["removal-defense", "asylum", "family-petitions"],
  family_support: ["family-preparedness"],
};

const HOTLINE_DESCRIPTIONS: Record<HotlinePurpose, LocalizedText> = {
  rapid_response: {
    en: "A national line to report immigration raids and reach the rapid-response team nearest to you.",
    es: "Una línea nacional para reportar redadas de inmigración y comunicarse con el equipo de respuesta rápida más cercano.",
    ar: "خط وطني للإبلاغ عن مداهمات الهجرة والتواصل مع أقرب فريق استجابة سريعة إليك.",
  },
  detention_help: {
    en: "Help finding a relative held in immigration detention and understanding what happens next.",
    es: "Ayuda para encontrar a un familiar en detención migratoria y entender lo que sigue.",
    ar: "مساعدة في العثور على قريب محتجز لدى سلطات الهجرة وفهم ما سيحدث بعد ذلك.",
  },
  legal_intake: {
    en: "A national intake line that listens to your situation and refers you to free or low-cost legal help near you.",
    es: "Una línea nacional que escucha su situación y le refiere a ayuda legal gratuita o de bajo costo cerca de usted.",
    ar: "خط وطني يستمع إلى وضعك ويحيلك إلى مساعدة قانونية مجانية أو منخفضة التكلفة بالقرب منك.",
  },
  family_support: {
    en: "Emotional and practical support for families separated by detention or deportation.",
    es: "Apoyo emocional y práctico para familias separadas por la detención o la deportación.",
    ar: "دعم نفسي وعملي للأسر التي فرّقها الاحتجاز أو الترحيل.",
  },
};

function buildNationalHotline(builder: SampleBuilder, hotline: SampleNationalHotline): ListingInputDraft {
  const verifiedAt = builder.daysAgo(builder.integer(3, 40));
  const description = HOTLINE_DESCRIPTIONS[hotline.purpose];
  const nameTranslations: TranslationDraft[] = SAMPLE_LOCALES.filter((locale) => locale !== "en").flatMap((locale) => {
    const value = hotline.name[locale];
    return value ? [{ field: "name", locale, value, source: "professional" as const }] : [];
  });
  return {
    slug: slugify(hotline.organizationName),
    name: hotline.organizationName,
    description: description.en,
    sourceLocale: "en",
    website: `https://${slugify(hotline.organizationName)}.example.org`,
    status: "active",
    isPublished: true,
    isSample: true,
    verifiedAt,
    verifiedByRole: "moderator",
    safetyStatements: [
      { kind: "no_status_questions", answer: "yes", vettedAt: verifiedAt },
      { kind: "no_data_sharing", answer: "yes", vettedAt: verifiedAt },
      { kind: "remote_intake", answer: "yes", vettedAt: verifiedAt },
      { kind: "free_consultation", answer: "yes", vettedAt: verifiedAt },
    ],
    services: [
      {
        slug: hotline.slug,
        kind: "hotline",
        name: hotline.name.en,
        description: description.en,
        hotlinePurpose: hotline.purpose,
        taxonomy: HOTLINE_TAXONOMY[hotline.purpose],
        areas: [{ kind: "nationwide" }],
        languages: [...hotline.languages],
        costs: [{ kind: "free" }],
        phones: [{ number: hotline.number, isHotline: true, acceptsText: hotline.acceptsText, languages: [...hotline.languages] }],
        schedules: [
          hotline.isAlwaysOpen
            ? { timezone: "America/New_York", isAlwaysOpen: true }
            : {
                timezone: "America/New_York",
                hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: "08:00", closesAt: "20:00" })),
              },
        ],
        translations: [
          ...nameTranslations,
          { field: "description", locale: "es", value: description.es, source: "professional" },
          { field: "description", locale: "ar", value: description.ar, source: "professional" },
        ],
      },
    ],
    translations: [
      { field: "description", locale: "es", value: description.es, source: "professional" },
      { field: "description", locale: "ar", value: description.ar, source: "professional" },
    ],
  };
}

export function buildSampleListings(now: Date): ListingInputDraft[] {
  const builder = new SampleBuilder(now);
  return [
    ...SAMPLE_NATIONAL_HOTLINES.map((hotline) => buildNationalHotline(builder, hotline)),
    ...SAMPLE_METROS.flatMap((metro) =>
      metro.organizations.map((organization, rank) => buildOrganization(builder, metro, organization, rank)),
    ),
  ];
}

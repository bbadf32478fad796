import "server-only";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { HotlinePurpose } from "@/features/listings/schema";
import type { WeeklySchedule } from "@/features/listings/opening-hours";
import { areaSpecificity, coversPlace, serviceAreaCandidates, type AreaPlace } from "@/features/listings/service-area-match";
import { TranslationIndex, type LocalizedText } from "@/features/listings/translations";
import type { Prisma } from "@/lib/generated/sqlite/client";

export interface HotlineView {
  serviceId: string;
  organizationSlug: string;
  organizationName: string;
  name: LocalizedText;
  description: LocalizedText;
  purpose: HotlinePurpose | null;
  number: string;
  acceptsText: boolean;
  languages: string[];
  schedule: WeeklySchedule | undefined;
  isSample: boolean;
  /** Whether the line serves the whole country (else a state, county or smaller area). */
  isNational: boolean;
}

/**
 * Active hotlines of published organizations with a service area matching
 * `areas`, in the reader's language; `covers` keeps the areas that really
 * cover the place. Local lines come first, then national ones.
 */
async function findHotlines(areas: Prisma.ServiceAreaWhereInput, covers: (area: Parameters<typeof coversPlace>[0]) => boolean, locale: string): Promise<HotlineView[]> {
  const db = getDatabase();
  const services = await queryDatabase(() =>
    db.service.findMany({
      where: {
        kind: "hotline",
        status: "active",
        organization: { isPublished: true, status: "active" },
        serviceAreas: { some: areas },
        phones: { some: { isHotline: true } },
      },
      orderBy: { name: "asc" },
      include: {
        serviceAreas: { select: { kind: true, radiusMiles: true, centerLatitude: true, centerLongitude: true } },
        organization: { select: { slug: true, name: true, sourceLocale: true, isSample: true } },
        phones: { where: { isHotline: true }, orderBy: { sortOrder: "asc" }, take: 1 },
        languages: { select: { code: true } },
        schedules: { include: { openingHours: { orderBy: { weekday: "asc" } } }, take: 1 },
      },
    }),
  );
  const index = new TranslationIndex(
    await queryDatabase(() =>
      db.translation.findMany({
        where: { entityId: { in: services.map((service) => service.id) }, locale: { in: [...new Set([locale, "en"])] } },
        select: { entityId: true, field: true, locale: true, value: true, source: true },
      }),
    ),
  );
  const covering = services
    .map((service) => ({ service, specificity: Math.min(...service.serviceAreas.filter(covers).map((area) => areaSpecificity(area.kind))) }))
    .filter(({ specificity }) => Number.isFinite(specificity))
    .sort((a, b) => a.specificity - b.specificity);
  return covering.flatMap(({ service, specificity }) => {
    const phone = service.phones[0];
    if (!phone) return [];
    const source = service.organization.sourceLocale;
    const fallback = (text: string): LocalizedText => ({ text, lang: source, source: "original", isFallback: locale !== source });
    const schedule = service.schedules[0];
    return [
      {
        serviceId: service.id,
        organizationSlug: service.organization.slug,
        organizationName: service.organization.name,
        name: index.pick(service.id, "name", service.name, source, locale) ?? fallback(service.name),
        description: index.pick(service.id, "description", service.description, source, locale) ?? fallback(service.description),
        purpose: service.hotlinePurpose,
        number: phone.number,
        acceptsText: phone.acceptsText,
        languages: [...new Set(service.languages.map((language) => language.code))],
        schedule: schedule
          ? { timezone: schedule.timezone, isAlwaysOpen: schedule.isAlwaysOpen, openingHours: schedule.openingHours }
          : undefined,
        isSample: service.organization.isSample,
        isNational: specificity === areaSpecificity("nationwide"),
      },
    ];
  });
}

/** Hotlines whose service area is the whole country. */
export function findNationalHotlines(locale: string): Promise<HotlineView[]> {
  return cachedData(`hotlines:national:${locale}`, () => findHotlines({ kind: "nationwide" }, (area) => area.kind === "nationwide", locale));
}

/** National hotlines plus those whose service area covers the place, most local first. */
export function findHotlinesForPlace(place: AreaPlace, locale: string): Promise<HotlineView[]> {
  return cachedData(`hotlines:place:${JSON.stringify(place)}:${locale}`, () =>
    findHotlines(serviceAreaCandidates(place), (area) => coversPlace(area, place), locale),
  );
}

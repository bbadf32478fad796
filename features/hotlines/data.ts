import "server-only";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { HotlinePurpose } from "@/features/listings/schema";
import type { WeeklySchedule } from "@/features/listings/opening-hours";
import { TranslationIndex, type LocalizedText } from "@/features/listings/translations";

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
}

/** Hotlines whose service area is the whole country, in the reader's language. */
export async function findNationalHotlines(locale: string): Promise<HotlineView[]> {
  const db = getDatabase();
  const services = await queryDatabase(() =>
    db.service.findMany({
      where: {
        kind: "hotline",
        status: "active",
        organization: { isPublished: true, status: "active" },
        serviceAreas: { some: { kind: "nationwide" } },
        phones: { some: { isHotline: true } },
      },
      orderBy: { name: "asc" },
      include: {
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
  return services.flatMap((service) => {
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
      },
    ];
  });
}

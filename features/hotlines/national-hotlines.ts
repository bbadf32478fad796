import type { HotlinePurpose } from "@/features/listings/schema";

/**
 * The national hotlines, bundled with the application so that the
 * "temporarily unavailable" page can list them when the database does not
 * answer (proxy.ts). The sample seed loads the same entries, so the bundle
 * and the database agree; a deployment with real data keeps this file in
 * step with its verified national hotlines.
 *
 * These sample numbers are fictional (555-01xx): no real number is invented.
 */
export interface BundledHotline {
  slug: string;
  organizationName: string;
  name: Readonly<Record<"en", string>> & Readonly<Partial<Record<string, string>>>;
  purpose: HotlinePurpose;
  /** E.164. */
  number: string;
  acceptsText: boolean;
  isAlwaysOpen: boolean;
  languages: readonly string[];
  isSample: boolean;
}

export const NATIONAL_HOTLINES: readonly BundledHotline[] = [
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
    isSample: true,
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
    isSample: true,
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
    isSample: true,
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
    isSample: true,
  },
];

/** A bundled hotline's name in the reader's language, or else in English, with the language it is in. */
export function bundledHotlineName(hotline: BundledHotline, locale: string): { text: string; lang: string } {
  const translated = hotline.name[locale];
  return translated ? { text: translated, lang: locale } : { text: hotline.name.en, lang: "en" };
}

/**
 * Dates, numbers, lists and clock times for a UI locale, with the fixes
 * Intl needs for our locales (isomorphic; components use `useSiteFormat`):
 * - `fa`: Gregorian dates (Intl's default for Persian is the Solar Hijri
 *   calendar; US papers, hearings and verification dates are Gregorian);
 * - `ht`: Node 20's ICU (and many browsers) has no Haitian Creole data, so
 *   dates and lists come from small tables, and numbers and clock times
 *   follow French (Haiti), as Haitian usage does, instead of English.
 * Calendar dates are shown in UTC (they are days, not instants).
 */
const HAITIAN_MONTHS = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"];
const HAITIAN_AND = "ak";

/** The locale Intl is given for a UI locale's numbers, clock times and zone names. */
function intlLocaleOf(locale: string): string {
  if (locale === "ht") return "fr-HT";
  if (locale === "fa") return "fa-u-ca-gregory";
  return locale;
}

export interface SiteFormat {
  /** The Intl locale behind these formats ("fa-u-ca-gregory" for fa), for code outside React such as the service worker. */
  intlLocale: string;
  /** A calendar date: "18 November 2026" in the reader's language. */
  date(value: Date, style: "long" | "medium"): string;
  /** A moment, for staff records: "18 Nov 2026, 14:05 UTC" in the reader's language. */
  instant(value: Date): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * Separate items as one phrase: "Free and sliding scale", "A, B и C",
   * "A、B和C". (Intl's "unit" lists would run labels together in Russian,
   * Chinese or Korean.)
   */
  list(items: readonly string[]): string;
  /** A wall-clock time such as 08:00 or 8:00 AM; `time` is "HH:MM". */
  clock(time: string): string;
  /** The long name of a time zone ("Central Standard Time") at `now`. */
  timeZoneName(timeZone: string, now: Date): string;
}

const formats = new Map<string, SiteFormat>();

function haitianDate(value: Date): string {
  return `${value.getUTCDate()} ${HAITIAN_MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
}

function haitianList(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${HAITIAN_AND} ${items.at(-1)}`;
}

/** Building an Intl formatter costs far more than using one (result cards format many numbers a page): each is built once per key. */
function memoized<V>(create: (key: string) => V): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, create(key));
    return made.get(key) as V;
  };
}

function createSiteFormat(locale: string): SiteFormat {
  const intlLocale = intlLocaleOf(locale);
  const dateFormats = {
    long: new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone: "UTC" }),
    medium: new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" }),
  };
  const clockFormat = new Intl.DateTimeFormat(intlLocale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  const instantFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const listFormat = new Intl.ListFormat(intlLocale, { type: "conjunction" });
  const haitian = locale === "ht";
  const numberFormat = memoized((optionsKey) => new Intl.NumberFormat(intlLocale, JSON.parse(optionsKey) as Intl.NumberFormatOptions));
  const zoneNameFormat = memoized((timeZone) => {
    try {
      return new Intl.DateTimeFormat(intlLocale, { timeZone, timeZoneName: "long" });
    } catch {
      // A zone name from the data that this runtime does not know: shown as written.
      return null;
    }
  });
  return {
    intlLocale,
    date: (value, style) => (haitian ? haitianDate(value) : dateFormats[style].format(value)),
    instant: (value) => `${haitian ? `${haitianDate(value)} ${clockFormat.format(value)}` : instantFormat.format(value)} UTC`,
    number: (value, options) => numberFormat(JSON.stringify(options ?? {})).format(value),
    list: (items) => (haitian ? haitianList(items) : listFormat.format(items)),
    clock: (time) => {
      const [hours = 0, minutes = 0] = time.split(":").map(Number);
      return clockFormat.format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
    },
    timeZoneName: (timeZone, now) => zoneNameFormat(timeZone)?.formatToParts(now).find((part) => part.type === "timeZoneName")?.value ?? timeZone,
  };
}

export function siteFormatFor(locale: string): SiteFormat {
  let format = formats.get(locale);
  if (!format) {
    format = createSiteFormat(locale);
    formats.set(locale, format);
  }
  return format;
}


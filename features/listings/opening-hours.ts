/**
 * "Open now" from a schedule kept in the location's IANA time zone, so it
 * stays right across daylight-saving changes; isomorphic.
 */
export interface OpeningHoursRule {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

export interface WeeklySchedule {
  timezone: string;
  isAlwaysOpen: boolean;
  openingHours: OpeningHoursRule[];
}

export type OpenState =
  | { kind: "always" }
  | { kind: "open"; closesAt: string }
  | { kind: "closed"; opensNext: { weekday: number; opensAt: string } | null }
  | { kind: "unknown" };

const WEEKDAY_NUMBERS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone, kept.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timezone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: timezone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    clockFormats.set(timezone, format);
  }
  return format;
}

/** The wall-clock weekday (ISO, 1 = Monday) and "HH:MM" in a time zone. */
export function localClock(now: Date, timezone: string): { weekday: number; time: string } {
  const parts = clockFormat(timezone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return { weekday: WEEKDAY_NUMBERS[part("weekday")] ?? 1, time: `${part("hour")}:${part("minute")}` };
}

export function openState(schedule: WeeklySchedule | undefined, now: Date): OpenState {
  if (!schedule) return { kind: "unknown" };
  if (schedule.isAlwaysOpen) return { kind: "always" };
  if (schedule.openingHours.length === 0) return { kind: "unknown" };
  const { weekday, time } = localClock(now, schedule.timezone);
  const current = schedule.openingHours.find((rule) => rule.weekday === weekday && rule.opensAt <= time && time < rule.closesAt);
  if (current) return { kind: "open", closesAt: current.closesAt };
  for (let offset = 0; offset < 8; offset++) {
    const day = ((weekday - 1 + offset) % 7) + 1;
    const next = schedule.openingHours
      .filter((rule) => rule.weekday === day && (offset > 0 || rule.opensAt > time))
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0];
    if (next) return { kind: "closed", opensNext: { weekday: day, opensAt: next.opensAt } };
  }
  return { kind: "closed", opensNext: null };
}

import { describe, expect, it } from "vitest";
import { localClock, openState, type WeeklySchedule } from "@/features/listings/opening-hours";

const weekdaysNineToFive: WeeklySchedule = {
  timezone: "America/Chicago",
  isAlwaysOpen: false,
  openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "17:00" })),
};

describe("open now, in the location's own time zone", () => {
  it("reads the wall clock in the time zone, across daylight saving time", () => {
    // 15:00 UTC is 10:00 in Chicago in summer (CDT, UTC-5) and 09:00 in winter (CST, UTC-6).
    expect(localClock(new Date("2026-07-01T15:00:00Z"), "America/Chicago")).toEqual({ weekday: 3, time: "10:00" });
    expect(localClock(new Date("2026-12-02T15:00:00Z"), "America/Chicago")).toEqual({ weekday: 3, time: "09:00" });
  });

  it("is open during hours and says when it closes", () => {
    expect(openState(weekdaysNineToFive, new Date("2026-07-01T15:00:00Z"))).toEqual({ kind: "open", closesAt: "17:00" });
  });

  it("is closed before opening on the same day, and says when it opens", () => {
    // 13:30 UTC in December is 07:30 in Chicago.
    expect(openState(weekdaysNineToFive, new Date("2026-12-02T13:30:00Z"))).toEqual({
      kind: "closed",
      opensNext: { weekday: 3, opensAt: "09:00" },
    });
  });

  it("skips the weekend to the next opening", () => {
    // Saturday 2026-12-05, noon in Chicago.
    expect(openState(weekdaysNineToFive, new Date("2026-12-05T18:00:00Z"))).toEqual({
      kind: "closed",
      opensNext: { weekday: 1, opensAt: "09:00" },
    });
  });

  it("knows 24/7 lines and schedules it cannot judge", () => {
    expect(openState({ timezone: "America/New_York", isAlwaysOpen: true, openingHours: [] }, new Date())).toEqual({ kind: "always" });
    expect(openState(undefined, new Date())).toEqual({ kind: "unknown" });
    expect(openState({ timezone: "America/New_York", isAlwaysOpen: false, openingHours: [] }, new Date())).toEqual({ kind: "unknown" });
  });
});

import { describe, expect, it } from "vitest";
import { siteFormatFor } from "@/i18n/format";

const reviewed = new Date("2026-11-18T00:00:00Z");

describe("site formats for our locales", () => {
  it("formats calendar dates in the reader's language, as days in UTC", () => {
    expect(siteFormatFor("en").date(reviewed, "long")).toBe("November 18, 2026");
    expect(siteFormatFor("es").date(reviewed, "long")).toBe("18 de noviembre de 2026");
    expect(siteFormatFor("en").date(new Date("2026-11-18T23:30:00Z"), "medium")).toBe("Nov 18, 2026");
  });

  it("gives Persian readers Gregorian dates, in Persian digits and month names", () => {
    const date = siteFormatFor("fa").date(reviewed, "long");
    expect(date).toContain("نوامبر");
    expect(date).toContain("۲۰۲۶");
    expect(date).not.toContain("۱۴۰۵"); // the Solar Hijri year Intl would show by default
  });

  it("writes Haitian Creole dates and lists from its own tables, not English", () => {
    const haitian = siteFormatFor("ht");
    expect(haitian.date(reviewed, "long")).toBe("18 novanm 2026");
    expect(haitian.date(new Date("2026-07-04T00:00:00Z"), "medium")).toBe("4 jiyè 2026");
    expect(haitian.list(["Kreyòl", "Fransè", "Angle"])).toBe("Kreyòl, Fransè ak Angle");
    expect(haitian.list(["Gratis"])).toBe("Gratis");
    expect(haitian.clock("14:30")).toBe("14:30");
    expect(haitian.number(1.5, { maximumFractionDigits: 1 })).toBe("1,5");
  });

  it("uses each locale's digits, separators and list words", () => {
    expect(siteFormatFor("ar").number(2.5, { maximumFractionDigits: 1 })).toBe("2.5");
    expect(siteFormatFor("fa").number(2.5, { maximumFractionDigits: 1 })).toBe("۲٫۵");
    expect(siteFormatFor("ru").list(["A", "B", "C"])).toBe("A, B и C");
    expect(siteFormatFor("tl").list(["A", "B", "C"])).toBe("A, B, at C");
    // Separate labels never run together, as Intl's "unit" lists would make them in these languages.
    expect(siteFormatFor("ru").list(["Бесплатно", "По доходу"])).toBe("Бесплатно и По доходу");
    expect(siteFormatFor("zh").list(["免费", "按收入"])).toBe("免费和按收入");
    expect(siteFormatFor("ko").list(["무료", "소득에 따라"])).toBe("무료 및 소득에 따라");
    expect(siteFormatFor("en").clock("13:05")).toBe("1:05 PM");
  });

  it("names a time zone in the reader's language, and shows an unknown zone as written", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    expect(siteFormatFor("es").timeZoneName("America/Chicago", winter)).toMatch(/hora estándar central/i);
    expect(siteFormatFor("en").timeZoneName("Not/A_Zone", winter)).toBe("Not/A_Zone");
  });
});

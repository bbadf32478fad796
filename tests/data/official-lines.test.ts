import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { listOfficialLines, officialLinesForGuide } from "@/features/official-lines/data";
import { updateOfficialLine } from "@/features/official-lines/mutations";
import { refreshOutageSnapshot } from "@/features/site/outage-snapshot-refresh";
import type { OutageSnapshot } from "@/features/site/outage-snapshot";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { nationalHotlineFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db, provider } = withTestDatabase();

/** The four lines of ../shared/official-lines.md, as the agencies publish them. */
const EXPECTED = [
  { slug: "eoir-case-information", phone: "+18008987180", website: "https://acis.eoir.justice.gov/" },
  { slug: "ice-detention-information-line", phone: "+18883514024", website: null },
  { slug: "ice-detainee-locator", phone: null, website: "https://locator.ice.gov/odls/" },
  { slug: "orr-national-call-center", phone: "+18002037001", website: null },
];

const DATA_MIGRATION = "20261206020000_official_lines_data";

/** Runs the data migration again, statement by statement, as on a database that already has (some of) the lines. */
async function runDataMigrationAgain(): Promise<void> {
  const folder = provider === "postgresql" ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations");
  const sql = fs.readFileSync(path.join(folder, DATA_MIGRATION, "migration.sql"), "utf8");
  const statements = sql
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^--.*$/gm, "").trim())
    .filter(Boolean);
  for (const statement of statements) await db().$executeRawUnsafe(statement);
}

describe("the government lines", () => {
  it("are in every migrated database, with sources, the day they were checked, and texts in every site language", async () => {
    const lines = await db().officialLine.findMany({ orderBy: { sortOrder: "asc" }, include: { texts: true, sources: true } });
    expect(lines.map(({ slug, phone, website }) => ({ slug, phone, website }))).toEqual(EXPECTED);
    for (const line of lines) {
      expect(line.checkedAt.toISOString()).toBe("2026-12-05T00:00:00.000Z");
      expect(line.sources.length).toBeGreaterThan(0);
      for (const source of line.sources) expect(source.url).toMatch(/^https:\/\/[a-z.]*(justice|ice|hhs)\.gov\//);
      expect(line.texts.map((text) => text.locale).sort()).toEqual(SHIPPED_LOCALES.map((locale) => locale.code).sort());
      for (const text of line.texts) {
        expect(text.source).toBe(text.locale === "en" ? "original" : "machine");
        for (const field of [text.name, text.agency, text.purpose, text.hours, text.caution]) expect(field.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it("read in the reader's language, or in English where a line has no text in it", async () => {
    const arabic = await listOfficialLines("ar");
    expect(arabic.map((line) => line.slug)).toEqual(EXPECTED.map((line) => line.slug));
    expect(arabic[0]?.lang).toBe("ar");
    expect(arabic[0]?.isMachineTranslation).toBe(true);
    expect(arabic[0]?.texts.caution).toMatch(/[\u0600-\u06ff]/);

    await db().officialLineText.deleteMany({ where: { locale: "ko", line: { slug: "ice-detainee-locator" } } });
    const korean = await listOfficialLines("ko");
    const locator = korean.find((line) => line.slug === "ice-detainee-locator");
    expect(locator?.lang).toBe("en");
    expect(locator?.texts.name).toBe("ICE Online Detainee Locator System");
    expect(korean.find((line) => line.slug === "orr-national-call-center")?.lang).toBe("ko");
  });

  it("belong beside the guides that speak of them", async () => {
    expect((await officialLinesForGuide("find-detained-relative", "en")).map((line) => line.slug)).toEqual(EXPECTED.map((line) => line.slug));
    expect((await officialLinesForGuide("if-arrested-or-detained", "en")).map((line) => line.slug)).toEqual(["eoir-case-information"]);
    expect(await officialLinesForGuide("at-work", "en")).toEqual([]);
  });

  it("are inserted only where missing: an admin's change survives the data migration, a deleted line or text comes back", async () => {
    await db().officialLine.update({ where: { slug: "orr-national-call-center" }, data: { email: null } });
    await db().officialLineText.deleteMany({ where: { locale: "fr", line: { slug: "orr-national-call-center" } } });
    await db().officialLine.delete({ where: { slug: "ice-detainee-locator" } });
    await runDataMigrationAgain();
    expect((await db().officialLine.findUnique({ where: { slug: "orr-national-call-center" } }))?.email).toBeNull();
    expect(await db().officialLine.count()).toBe(4);
    expect(await db().officialLineText.count()).toBe(4 * SHIPPED_LOCALES.length);
    expect(await db().officialLineSource.count()).toBe(5);
  });
});

describe("the outage snapshot", () => {
  it("holds the published national hotlines and the government lines in every language, and follows what is published", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kyr-snapshot-")), "outage.json");
    process.env.OUTAGE_SNAPSHOT_FILE = file;
    await insertListings([listingInputSchema.parse(nationalHotlineFixture("snapshot-national-line", "+12025550177"))], db());

    await refreshOutageSnapshot();
    const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as OutageSnapshot;
    expect(snapshot.hotlines.map((hotline) => hotline.number)).toEqual(["+12025550177"]);
    expect(Object.keys(snapshot.hotlines[0]?.names ?? {}).sort()).toEqual(SHIPPED_LOCALES.map((locale) => locale.code).sort());
    expect(snapshot.officialLines.map((line) => line.phone)).toEqual(EXPECTED.map((line) => line.phone));
    expect(snapshot.officialLines[0]?.texts.es?.lang).toBe("es");
    expect(snapshot.officialLines[0]?.texts.es?.caution).toMatch(/audiencia/);

    await db().organization.update({ where: { slug: "snapshot-national-line" }, data: { isPublished: false } });
    await db().dataVersion.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await refreshOutageSnapshot();
    const after = JSON.parse(fs.readFileSync(file, "utf8")) as OutageSnapshot;
    expect(after.hotlines).toEqual([]);
    expect(after.officialLines.length).toBe(4);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});

describe("an admin's correction", () => {
  it("changes the contact details and sources, dates the check, writes the audit record and moves the data version, in one go", async () => {
    const versionBefore = (await db().dataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;
    const now = new Date("2027-01-10T15:00:00Z");
    const saved = await updateOfficialLine(
      { slug: "ice-detention-information-line", phone: "+18883514025", website: null, email: null, sources: ["https://www.ice.gov/ICEcasereview", "https://www.ice.gov/detain"] },
      { id: null, name: "Test admin", role: "admin" },
      now,
    );
    expect(saved).toBe(true);
    const line = await db().officialLine.findUniqueOrThrow({ where: { slug: "ice-detention-information-line" }, include: { sources: { orderBy: { sortOrder: "asc" } } } });
    expect(line.phone).toBe("+18883514025");
    expect(line.checkedAt.toISOString()).toBe("2027-01-10T15:00:00.000Z");
    expect(line.sources.map((source) => source.url)).toEqual(["https://www.ice.gov/ICEcasereview", "https://www.ice.gov/detain"]);
    const record = await db().changeRecord.findFirstOrThrow({ where: { entityType: "official_line", entityId: line.id } });
    expect(JSON.parse(record.before ?? "{}")).toMatchObject({ phone: "+18883514024" });
    expect(JSON.parse(record.after ?? "{}")).toMatchObject({ phone: "+18883514025" });
    expect((await db().dataVersion.findUnique({ where: { id: 1 } }))?.version).toBe(versionBefore + 1);
    expect(await updateOfficialLine({ slug: "no-such-line", phone: null, website: "https://www.ice.gov/", email: null, sources: ["https://www.ice.gov/"] }, { id: null, name: "Test admin", role: "admin" })).toBe(false);
  });
});

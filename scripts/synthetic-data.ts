/**
 * `npm run db:synthetic -- --orgs 100000 [--database file:data/x.sqlite]`:
 * fills a separate database (by default data/synthetic-<N>.sqlite, created
 * and migrated afresh) with N synthetic organizations spread over real ZIP
 * centroids, for benchmarks. Never touches the development database.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { allZips, type ZipPlace } from "@/features/geo/zip-codes";
import { insertListings } from "@/features/listings/mutations";
import {
  CAPACITY_STATUSES,
  TAXONOMY,
  type ListingInput,
  type SafetyStatementKind,
  type TaxonomySlug,
} from "@/features/listings/schema";
import { createDatabase } from "@/lib/db";
import { databaseProviderOf, sqliteFileOf } from "@/lib/database-url";
import { runPrismaOrExit } from "./db/prisma-cli";
import { createSeededRandom } from "@/lib/seeded-random";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 2_000;
const LANGUAGES = ["es", "zh", "vi", "ar", "ht", "fr", "ko", "ru", "tl", "pt", "fa", "mam", "quc", "so", "am"];
const TIMEZONES: Record<string, string> = { HI: "Pacific/Honolulu", AK: "America/Anchorage", AZ: "America/Phoenix" };
const EASTERN = new Set(["ME", "NH", "VT", "MA", "RI", "CT", "NY", "NJ", "PA", "DE", "MD", "DC", "VA", "WV", "NC", "SC", "GA", "FL", "OH", "MI", "IN", "KY"]);
const MOUNTAIN = new Set(["MT", "ID", "WY", "UT", "CO", "NM"]);
const PACIFIC = new Set(["WA", "OR", "CA", "NV"]);

function timezoneOf(stateCode: string): string {
  if (TIMEZONES[stateCode]) return TIMEZONES[stateCode];
  if (EASTERN.has(stateCode)) return "America/New_York";
  if (MOUNTAIN.has(stateCode)) return "America/Denver";
  if (PACIFIC.has(stateCode)) return "America/Los_Angeles";
  return "America/Chicago";
}


function syntheticListing(index: number, place: ZipPlace, random: () => number, now: Date): ListingInput {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const slug = `synthetic-${index}`;
  const verifiedAt = new Date(now.getTime() - Math.floor(random() * 500) * DAY_MS);
  const languages = ["en", ...new Set([pick(LANGUAGES), pick(LANGUAGES)])];
  const taxonomy = [...new Set([pick(TAXONOMY).slug, pick(TAXONOMY).slug])] as TaxonomySlug[];
  const roll = random();
  const area: ListingInput["services"][number]["areas"][number] =
    roll < 0.0005
      ? { kind: "nationwide" }
      : roll < 0.05
        ? { kind: "state", code: place.stateCode }
        : roll < 0.4 && place.countyFips
          ? { kind: "county", code: place.countyFips }
          : { kind: "radius", radiusMiles: pick([10, 25, 50]), centerLatitude: place.latitude, centerLongitude: place.longitude };
  const safety = (kind: SafetyStatementKind) => ({ kind, answer: random() < 0.5 ? ("yes" as const) : ("unknown" as const), vettedAt: verifiedAt });
  const timezone = timezoneOf(place.stateCode);
  const service = (suffix: string, remote: boolean): ListingInput["services"][number] => ({
    slug: `service-${suffix}`,
    kind: "legal_service",
    name: `Synthetic legal service ${index}-${suffix}`,
    description: "Synthetic service for benchmarks.",
    status: "active",
    capacityStatus: pick(CAPACITY_STATUSES),
    capacityUpdatedAt: verifiedAt,
    taxonomy,
    areas: [area],
    languages,
    costs: [{ kind: random() < 0.7 ? "free" : "sliding_scale" }],
    phones: [],
    schedules: [],
    locationKeys: remote ? [] : ["office"],
    translations: [],
  });
  return {
    slug,
    name: `Synthetic Legal Aid ${index}`,
    description: `Synthetic organization ${index} in ${place.city}, ${place.stateCode}.`,
    sourceLocale: "en",
    status: random() < 0.97 ? "active" : "inactive",
    isPublished: random() < 0.98,
    isSample: true,
    verifiedAt,
    verifiedByRole: "moderator",
    accreditations: random() < 0.4 ? [{ kind: "doj_recognized" }] : [{ kind: "attorney_led" }],
    safetyStatements: [safety("walk_in"), safety("remote_intake"), safety("serves_detained")],
    phones: [],
    translations: [],
    locations: [
      {
        key: "office",
        latitude: place.latitude,
        longitude: place.longitude,
        timezone,
        address: { address1: `${100 + index} Main Street`, city: place.city, region: place.stateCode, postalCode: place.zip, countyFips: place.countyFips ?? undefined },
        phones: [{ number: `+1202555${String(100 + (index % 100)).slice(-4).padStart(4, "0")}`, type: "voice", isHotline: false, acceptsText: false, languages: [], translations: [] }],
        languages,
        schedules: [{ timezone, isAlwaysOpen: false, hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "17:00" })) }],
        translations: [],
      },
    ],
    services: random() < 0.5 ? [service("a", false)] : [service("a", false), service("b", random() < 0.3)],
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { orgs: { type: "string", default: "1000" }, database: { type: "string" } } });
  const count = Number(values.orgs);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error("--orgs takes a whole number from 1 to 1,000,000");
  const url = values.database ?? `file:${path.join(process.cwd(), "data", `synthetic-${count}.sqlite`)}`;
  if (databaseProviderOf(url) === "sqlite") {
    const file = sqliteFileOf(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  } else {
    console.log("PostgreSQL: the synthetic organizations are added to the database as it is.");
  }
  runPrismaOrExit(["migrate", "deploy"], url);

  const started = Date.now();
  const places = allZips();
  const random = createSeededRandom(count);
  const now = new Date();
  const db = createDatabase(url);
  for (let start = 0; start < count; start += BATCH) {
    const batch: ListingInput[] = [];
    for (let index = start; index < Math.min(count, start + BATCH); index++) {
      batch.push(syntheticListing(index, places[Math.floor(random() * places.length)] as ZipPlace, random, now));
    }
    await insertListings(batch, db);
    process.stdout.write(`\r${Math.min(count, start + BATCH).toLocaleString("en-US")} / ${count.toLocaleString("en-US")} organizations`);
  }
  await db.$disconnect();
  console.log(`\nWrote ${count.toLocaleString("en-US")} synthetic organizations to ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

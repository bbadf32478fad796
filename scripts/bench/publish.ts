/**
 * `npm run bench:publish [-- --sizes 1000,100000 --publishes 30 --burst 50 --seconds 20]`
 *
 * For each size, on a copy of the synthetic database and the production
 * server with two workers:
 * - publish to visibility: this process approves a change request (the same
 *   `approveChangeRequest` the moderators' action calls), here a new name
 *   for an active organization with an office, among those on the first
 *   results page at their office; then it searches the office's place
 *   over new connections (so both workers answer in turn) until the results
 *   page shows the new name. Neither server worker approved the change: each
 *   finds it through the data version check (at most a second) and patches
 *   its resident index. Reported: approval time, and time from the commit
 *   to the first results page that shows it, p50/p95/max;
 * - search under publishing: 10 connections search the query mix for
 *   `--seconds`, once alone and once while `--burst` changes are approved
 *   back to back; p50/p99 and requests per second of both.
 * Prints the figures; paste them into docs/benchmarks.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "../start";
import { startBenchServer, type BenchServer } from "./site-server";
import { QUERY_MIX } from "./search-queries";
import { databaseFile, ensureDatabase } from "./synthetic-databases";

type Modules = {
  db: typeof import("@/lib/db");
  listings: typeof import("@/features/listings/data");
  moderation: typeof import("@/features/moderation/mutations");
};

const MODERATOR = { id: null, name: "bench:publish", role: "moderator" };

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Listings residents find by their office (the synthetic data also holds inactive ones, which search leaves out). */
const OFFICE_ORGANIZATION = { isPublished: true, status: "active", locations: { some: {} }, services: { some: { status: "active" } } } as const;

interface OfficeOrganization {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

/** Organizations with an office, spread over the country, for the publishes. */
async function officeOrganizations(modules: Modules, count: number): Promise<OfficeOrganization[]> {
  const db = modules.db.getDatabase();
  const total = await db.organization.count({ where: OFFICE_ORGANIZATION });
  const step = Math.max(1, Math.floor(total / count));
  const picked: OfficeOrganization[] = [];
  for (let index = 0; picked.length < count && index < total; index += step) {
    const [organization] = await db.organization.findMany({
      where: OFFICE_ORGANIZATION,
      orderBy: { id: "asc" },
      skip: index,
      take: 1,
      select: { id: true, name: true, locations: { take: 1, select: { latitude: true, longitude: true } } },
    });
    const location = organization?.locations[0];
    if (organization && location) picked.push({ id: organization.id, name: organization.name, ...location });
  }
  return picked;
}

/** A pending change request that renames the organization; returns it and the new name. */
async function renameRequest(modules: Modules, organizationId: string, name: string): Promise<string> {
  const db = modules.db.getDatabase();
  const document = await modules.listings.readListingDocument(db, organizationId);
  if (!document) throw new Error(`No listing ${organizationId}`);
  await db.changeRequest.updateMany({ where: { openFor: organizationId }, data: { status: "discarded", openFor: null } });
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { version: true } });
  const saved = await modules.moderation.saveChangeDraft(organizationId, { version: organization.version, changeRequestId: null, revision: null }, { ...document, name }, MODERATOR);
  if (saved.status !== "saved") throw new Error("The draft was refused");
  await modules.moderation.submitChangeRequest(organizationId, saved.base, null, MODERATOR);
  return saved.changeRequestId;
}

/** The first results page of a search at the organization's office. */
async function searchPageAt(server: BenchServer, place: { latitude: number; longitude: number }): Promise<string> {
  const url = `${server.baseUrl}/en/directory?lat=${place.latitude.toFixed(4)}&lng=${place.longitude.toFixed(4)}&radius=5`;
  // A new connection each time: the two workers take turns.
  return (await fetch(url, { headers: { connection: "close" } })).text();
}

/**
 * Organizations whose name is on the first results page at their office
 * (in dense places, others at the same spot can fill the page), so that a
 * rename is sure to show there.
 */
async function organizationsOnFirstPage(modules: Modules, server: BenchServer, count: number): Promise<OfficeOrganization[]> {
  const found: OfficeOrganization[] = [];
  for (const organization of await officeOrganizations(modules, count * 3)) {
    if (found.length === count) break;
    if ((await searchPageAt(server, organization)).includes(organization.name)) found.push(organization);
  }
  return found;
}

/** Searches the organization's place until the results page shows `name`; the time that page arrived. */
async function waitUntilSearchShows(server: BenchServer, place: { latitude: number; longitude: number }, name: string, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await searchPageAt(server, place)).includes(name)) return performance.now();
  }
  throw new Error(`The search never showed ${name}`);
}

async function publishToVisibility(modules: Modules, server: BenchServer, publishes: number) {
  const organizations = await organizationsOnFirstPage(modules, server, publishes);
  const approval: number[] = [];
  const visibility: number[] = [];
  for (const [index, organization] of organizations.entries()) {
    const name = `Bench Renamed ${index} ${Math.random().toString(36).slice(2, 8)}`;
    const changeRequestId = await renameRequest(modules, organization.id, name);
    const started = performance.now();
    const outcome = await modules.moderation.approveChangeRequest(changeRequestId, MODERATOR);
    const committed = performance.now();
    if (outcome.status !== "published") throw new Error(`Approval ${outcome.status}`);
    const visible = await waitUntilSearchShows(server, organization, name);
    approval.push(committed - started);
    visibility.push(visible - committed);
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  return { count: organizations.length, approval: sorted(approval), visibility: sorted(visibility) };
}

async function searchLoad(server: BenchServer, seconds: number) {
  const result = await autocannon({
    url: server.baseUrl,
    connections: 10,
    duration: seconds,
    // In a thread of its own: the approvals in this thread run from one
    // resolved promise to the next (SQLite answers synchronously), and a load
    // generator sharing the thread sent nothing until the burst was over,
    // which showed up as multi-second "search" latencies the server never had.
    workers: 1,
    requests: QUERY_MIX.map((query) => ({ path: `/en/directory?${new URLSearchParams(query).toString()}` })),
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function searchWhilePublishing(modules: Modules, server: BenchServer, burst: number, seconds: number) {
  const organizations = await officeOrganizations(modules, burst);
  // Prepared first: the burst itself is approvals back to back.
  const requests: string[] = [];
  for (const [index, organization] of organizations.entries()) requests.push(await renameRequest(modules, organization.id, `Bench Burst ${index}`));
  const loading = searchLoad(server, seconds);
  const started = performance.now();
  for (const changeRequestId of requests) {
    const outcome = await modules.moderation.approveChangeRequest(changeRequestId, MODERATOR);
    if (outcome.status !== "published") throw new Error(`Approval ${outcome.status}`);
  }
  const burstMs = performance.now() - started;
  return { load: await loading, publishes: requests.length, burstMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,100000" },
      publishes: { type: "string", default: "30" },
      burst: { type: "string", default: "50" },
      seconds: { type: "string", default: "20" },
    },
  });
  buildIfStale();
  const rows: string[] = [];
  for (const size of values.sizes.split(",").map(Number)) {
    ensureDatabase(size, false);
    // Publishes change the database: they go to a copy.
    const copy = path.join(os.tmpdir(), `kyr-bench-publish-${size}.sqlite`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
    fs.copyFileSync(databaseFile(size), copy);
    const url = `file:${copy}`;
    process.env.DATABASE_URL = url;
    const modules: Modules = {
      db: await import("@/lib/db"),
      listings: await import("@/features/listings/data"),
      moderation: await import("@/features/moderation/mutations"),
    };
    delete (globalThis as { kyrDatabase?: unknown }).kyrDatabase;
    const server = await startBenchServer(url, { WEB_CONCURRENCY: "2" });
    try {
      // Warm both workers' resident indexes and routes, as a running site is.
      for (const query of QUERY_MIX.slice(0, 40)) await fetch(`${server.baseUrl}/en/directory?${new URLSearchParams(query).toString()}`, { headers: { connection: "close" } });
      const visibility = await publishToVisibility(modules, server, Number(values.publishes));
      const alone = await searchLoad(server, Number(values.seconds));
      const during = await searchWhilePublishing(modules, server, Number(values.burst), Number(values.seconds));
      console.log(`\n${size} organizations:`, JSON.stringify({ visibility, alone, during }, null, 2));
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      rows.push(
        `| ${size.toLocaleString("en-US")} | ${visibility.count} | ${ms(percentile(visibility.approval, 0.5))} / ${ms(percentile(visibility.approval, 0.95))} | ${ms(percentile(visibility.visibility, 0.5))} / ${ms(percentile(visibility.visibility, 0.95))} / ${ms(visibility.visibility.at(-1) ?? Number.NaN)} | ${alone.requestsPerSecond.toFixed(0)} req/s, ${alone.p50} / ${alone.p99} ms | ${during.publishes} in ${ms(during.burstMs)}: ${during.load.requestsPerSecond.toFixed(0)} req/s, ${during.load.p50} / ${during.load.p99} ms | ${alone.errors + during.load.errors} |`,
      );
    } finally {
      await server.stop();
      await modules.db.getDatabase().$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
    }
  }
  console.log("\n| organizations | publishes | approval p50 / p95 | commit → in search results, other worker: p50 / p95 / max | search alone (10 connections) | search while publishing back to back | errors |");
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

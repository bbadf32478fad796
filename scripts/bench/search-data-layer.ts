/**
 * Child process of `npm run bench:search`: times `searchDirectory` on the
 * database in DATABASE_URL over the fixed 200-query mix, and apart over the
 * 200 keyword queries (scripts/bench/search-queries.ts). First the loading
 * of the resident index (features/directory/resident-index.ts), timed, with
 * the heap it takes; one untimed pass, as on a server that has been running
 * (JIT-compiled code, the database file in the operating system's cache);
 * then five rounds of two passes, the timings of all rounds pooled:
 * - "site": the mix in order from empty search caches (a ZIP's first query
 *   finds its candidates in the resident index and reads its cards from the
 *   database, its filter variants come from the caches);
 * - "cold": the search caches cleared before every query (candidates and
 *   card details; the resident index stays, as it does on a running server
 *   until the data changes).
 * Prints the timings as JSON. Run with --expose-gc, so the heap is measured
 * after a collection.
 */
import { performance } from "node:perf_hooks";
import { clearSearchCache, residentSearchIndex, searchDirectory } from "@/features/directory/data";
import { resolvePlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { getDatabase } from "@/lib/db";
import { KEYWORD_QUERY_MIX, QUERY_MIX } from "./search-queries";

const ROUNDS = 5;

async function timeQuery(query: Record<string, string>): Promise<number> {
  const search = parseDirectorySearch(query);
  const resolution = resolvePlace(search.place);
  if (resolution.status !== "found") throw new Error(`Benchmark query ${JSON.stringify(query)} does not resolve`);
  const started = performance.now();
  await searchDirectory({ place: resolution.place, radius: search.radius, filters: search.filters, page: search.page, locale: "en" });
  return performance.now() - started;
}

function heapAfterCollection(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  await getDatabase().$queryRaw`SELECT 1`;
  const heapBefore = heapAfterCollection();
  const loadStarted = performance.now();
  const index = await residentSearchIndex();
  const residentIndex = { loadMs: performance.now() - loadStarted, heapBytes: heapAfterCollection() - heapBefore, entries: index.entryCount };

  for (const query of [...QUERY_MIX, ...KEYWORD_QUERY_MIX]) await timeQuery(query);

  // Each mode runs the mix several times: a p95 of one pass of 200 queries
  // moves by a third between runs on a shared machine.
  const timings = async (mix: Record<string, string>[]) => {
    const site: number[] = [];
    const cold: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      clearSearchCache();
      for (const query of mix) site.push(await timeQuery(query));
      for (const query of mix) {
        clearSearchCache();
        cold.push(await timeQuery(query));
      }
    }
    return { site, cold };
  };
  const { site, cold } = await timings(QUERY_MIX);
  const keyword = await timings(KEYWORD_QUERY_MIX);
  await getDatabase().$disconnect();
  console.log(JSON.stringify({ residentIndex, site, cold, keyword }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Child process of `npm run bench:search`: times `searchDirectory` on the
 * database in DATABASE_URL over the fixed 200-query mix. One untimed pass
 * first, as on a server that has been running (JIT-compiled code, the
 * database file in the operating system's cache); then twice:
 * - "site": the mix in order from empty application caches (a ZIP's first
 *   query reads the database, its filter variants come from the caches);
 * - "cold": every application cache cleared before every query (the
 *   database's full cost each time).
 * Prints the timings as JSON.
 */
import { performance } from "node:perf_hooks";
import { clearSearchCache, searchDirectory } from "@/features/directory/data";
import { resolvePlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { getDatabase } from "@/lib/db";
import { QUERY_MIX } from "./search-queries";

async function timeQuery(query: Record<string, string>): Promise<number> {
  const search = parseDirectorySearch(query);
  const resolution = resolvePlace(search.place);
  if (resolution.status !== "found") throw new Error(`Benchmark query ${JSON.stringify(query)} does not resolve`);
  const started = performance.now();
  await searchDirectory({ place: resolution.place, radius: search.radius, filters: search.filters, page: search.page, locale: "en" });
  return performance.now() - started;
}

async function main(): Promise<void> {
  for (const query of QUERY_MIX) await timeQuery(query);
  clearSearchCache();

  const site: number[] = [];
  for (const query of QUERY_MIX) site.push(await timeQuery(query));

  const cold: number[] = [];
  for (const query of QUERY_MIX) {
    clearSearchCache();
    cold.push(await timeQuery(query));
  }
  await getDatabase().$disconnect();
  console.log(JSON.stringify({ site, cold }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:search [-- --sizes 1000,10000,100000 --rebuild --seconds 10]`
 *
 * For each size: a synthetic database of that many organizations (built by
 * `npm run db:synthetic` when missing or with --rebuild), then
 * - data-layer search latency, p50/p95 over five rounds of a fixed mix of
 *   200 queries (ZIPs across the country, with and without filters), as a
 *   freshly started server meets them ("site") and with the search caches
 *   cleared before each query ("cold"), and the time and heap the resident
 *   index takes to load (scripts/bench/search-data-layer.ts);
 * - the same for keyword searches (`q`), over their own mix of 200 queries;
 * - HTTP throughput and p50/p99 latency of /en/directory?near=… under 10
 *   concurrent connections against the production server, beside a static
 *   file of the same server, and of keyword searches (/en/directory?near=…&q=…);
 * - the gzipped size of a results page with 20 results, and the gzipped
 *   first-load JavaScript of that page and of a page with the layout only.
 * Prints the figures; paste them into docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { buildIfStale, SITE_SERVER_V8_FLAGS } from "../start";
import { KEYWORD_QUERY_MIX, ZIPS } from "./search-queries";
import { startBenchServer } from "./site-server";
import { databaseFile, ensureDatabase } from "./synthetic-databases";

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Data-layer latency, measured in a child process bound to the synthetic database. */
interface DataLayerTimings {
  residentIndex: { loadMs: number; heapBytes: number; entries: number };
  site: number[];
  cold: number[];
  keyword: { site: number[]; cold: number[] };
}

function measureDataLayer(size: number): DataLayerTimings {
  // The server's own V8 flags: the data layer runs inside the server.
  const result = spawnSync(process.execPath, [...SITE_SERVER_V8_FLAGS, "--expose-gc", "--conditions=react-server", "--import", "tsx", "scripts/bench/search-data-layer.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile(size)}` },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as DataLayerTimings;
}

async function load(url: string, requests: { path: string }[] | undefined, seconds: number) {
  const result = await autocannon({ url, connections: 10, duration: seconds, requests });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function gzippedScripts(baseUrl: string, pagePath: string): Promise<{ html: number; javascript: number }> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  // Scripts marked noModule are legacy polyfills that current browsers never download.
  const sources = [
    ...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((match) => !/nomodule/i.test(match[1] ?? "")).flatMap((match) => /src="([^"]+)"/.exec(match[1] ?? "")?.[1] ?? [])),
  ];
  let javascript = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    javascript += gzipSync(body).length;
  }
  return { html: gzipSync(Buffer.from(html)).length, javascript };
}

async function measureHttp(size: number, seconds: number) {
  const server = await startBenchServer(`file:${databaseFile(size)}`);
  const baseUrl = server.baseUrl;
  try {
    const searchRequests = ZIPS.map((zip) => ({ path: `/en/directory?near=${zip}` }));
    // Warm the server once per ZIP, as a running site is.
    for (const request of searchRequests) await fetch(`${baseUrl}${request.path}`);
    const search = await load(baseUrl, searchRequests, seconds);
    const keywordRequests = KEYWORD_QUERY_MIX.map((query) => ({ path: `/en/directory?${new URLSearchParams(query).toString()}` }));
    for (const request of keywordRequests) await fetch(`${baseUrl}${request.path}`);
    const keyword = await load(baseUrl, keywordRequests, seconds);
    const staticFile = await load(`${baseUrl}/robots.txt`, undefined, seconds);
    const densest = (
      await Promise.all(
        ZIPS.map(async (zip) => {
          const html = await (await fetch(`${baseUrl}/en/directory?near=${zip}`)).text();
          return { zip, cards: html.split('data-testid="result-card"').length - 1 };
        }),
      )
    ).sort((a, b) => b.cards - a.cards)[0];
    const results = await gzippedScripts(baseUrl, `/en/directory?near=${densest?.zip ?? "60601"}`);
    const floor = await gzippedScripts(baseUrl, "/en/about");
    return { search, keyword, staticFile, resultsPage: { ...results, zip: densest?.zip, cards: densest?.cards ?? 0 }, floor };
  } finally {
    await server.stop();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: "string", default: "1000,10000,100000" }, rebuild: { type: "boolean", default: false }, seconds: { type: "string", default: "10" } },
  });
  const sizes = values.sizes.split(",").map(Number);
  const seconds = Number(values.seconds);
  buildIfStale();

  const rows: string[] = [];
  const indexRows: string[] = [];
  const keywordRows: string[] = [];
  for (const size of sizes) {
    ensureDatabase(size, values.rebuild);
    const data = measureDataLayer(size);
    const site = [...data.site].sort((a, b) => a - b);
    const cold = [...data.cold].sort((a, b) => a - b);
    const keywordSite = [...data.keyword.site].sort((a, b) => a - b);
    const keywordCold = [...data.keyword.cold].sort((a, b) => a - b);
    const http = await measureHttp(size, seconds);
    const row = [
      size.toLocaleString("en-US"),
      ms(percentile(site, 0.5)),
      ms(percentile(site, 0.95)),
      ms(percentile(cold, 0.5)),
      ms(percentile(cold, 0.95)),
      http.search.requestsPerSecond.toFixed(0),
      `${http.search.p50} / ${http.search.p99} ms`,
      http.staticFile.requestsPerSecond.toFixed(0),
      `${http.staticFile.p50} / ${http.staticFile.p99} ms`,
      String(http.search.errors + http.staticFile.errors),
      `${kb(http.resultsPage.html)} (${http.resultsPage.cards} cards, ${http.resultsPage.zip})`,
      kb(http.resultsPage.javascript),
      kb(http.floor.javascript),
    ];
    rows.push(`| ${row.join(" | ")} |`);
    keywordRows.push(
      `| ${[
        size.toLocaleString("en-US"),
        ms(percentile(keywordSite, 0.5)),
        ms(percentile(keywordSite, 0.95)),
        ms(percentile(keywordCold, 0.5)),
        ms(percentile(keywordCold, 0.95)),
        http.keyword.requestsPerSecond.toFixed(0),
        `${http.keyword.p50} / ${http.keyword.p99} ms`,
        String(http.keyword.errors),
      ].join(" | ")} |`,
    );
    const { residentIndex } = data;
    indexRows.push(`| ${size.toLocaleString("en-US")} | ${residentIndex.entries.toLocaleString("en-US")} | ${ms(residentIndex.loadMs)} | ${(residentIndex.heapBytes / 1024 / 1024).toFixed(1)} MB |`);
    console.log(
      `\n${size} organizations:`,
      JSON.stringify(
        {
          residentIndex,
          dataLayer: { site: [percentile(site, 0.5), percentile(site, 0.95)], cold: [percentile(cold, 0.5), percentile(cold, 0.95)] },
          keywordDataLayer: { site: [percentile(keywordSite, 0.5), percentile(keywordSite, 0.95)], cold: [percentile(keywordCold, 0.5), percentile(keywordCold, 0.95)] },
          http,
        },
        null,
        2,
      ),
    );
  }

  console.log("\n| organizations | data p50 (site) | data p95 (site) | data p50 (cold) | data p95 (cold) | search req/s | search p50 / p99 | static req/s | static p50 / p99 | errors | results HTML gz | results JS gz | layout-only JS gz |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("\nKeyword searches:\n\n| organizations | data p50 (site) | data p95 (site) | data p50 (cold) | data p95 (cold) | search req/s | search p50 / p99 | errors |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of keywordRows) console.log(row);
  console.log("\n| organizations | resident index entries | load time | heap |");
  console.log("|---|---|---|---|");
  for (const row of indexRows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:load [-- --connections 100 --seconds 60]`
 *
 * The production server (server.ts, one worker per core) on a copy of the
 * seeded embedded database, under autocannon, after a 20-second warm-up at
 * the same load (its figures printed apart): 100 connections for 60 seconds
 * over a mix of home (20%), search (30%, a third of them with a keyword),
 * organization (20%), hotline (15%) and rights (15%) pages in English,
 * Spanish and Arabic. Prints requests per
 * second, p50/p99 latency, errors (failed, timed out or non-2xx) and the
 * server's peak resident memory (all processes). Paste into docs/benchmarks.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { EMBEDDED_DATABASE_FILE } from "@/lib/database-url";
import { createSeededRandom } from "@/lib/seeded-random";
import { buildIfStale } from "../start";
import { residentMemoryOfTree, startBenchServer } from "./site-server";

const LOCALES = ["en", "es", "ar"] as const;
/** Keywords a resident might type, in the page's language: whole words, the start of one, a word without its accent or article. */
const KEYWORDS: Record<(typeof LOCALES)[number], string[]> = {
  en: ["asylum", "deport", "work permit", "daca"],
  es: ["asilo", "deportacion", "permiso de trabajo", "fianza"],
  ar: ["لجوء", "ترحيل", "تصاريح العمل", "كفالة"],
};
const MIX_SIZE = 400;
const WARM_UP_SECONDS = 20;

interface SeededTargets {
  organizationSlugs: string[];
  officeZips: string[];
  rightsSlugs: string[];
}

function seededTargets(file: string): SeededTargets {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const column = (sql: string) => (database.prepare(sql).all() as { value: string }[]).map((row) => row.value);
    return {
      organizationSlugs: column('SELECT slug AS value FROM "Organization" WHERE "isPublished" = 1 ORDER BY slug'),
      officeZips: column('SELECT DISTINCT "postalCode" AS value FROM "Address" ORDER BY "postalCode"'),
      rightsSlugs: column('SELECT slug AS value FROM "KyrMaterial" WHERE "isPublished" = 1 ORDER BY "sortOrder"'),
    };
  } finally {
    database.close();
  }
}

/** The request mix, in a fixed shuffled order so every run sends the same requests. */
function requestMix(targets: SeededTargets): { path: string }[] {
  const random = createSeededRandom(20261130);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kinds: [number, () => string][] = [
    [0.2, () => `/${pick(LOCALES)}`],
    [0.2, () => `/${pick(LOCALES)}/directory?near=${pick(targets.officeZips)}${random() < 0.3 ? "&service=asylum" : ""}`],
    [
      0.1,
      () => {
        const locale = pick(LOCALES);
        return `/${locale}/directory?near=${pick(targets.officeZips)}&q=${encodeURIComponent(pick(KEYWORDS[locale]))}`;
      },
    ],
    [0.2, () => `/${pick(LOCALES)}/organizations/${pick(targets.organizationSlugs)}`],
    [0.15, () => `/${pick(LOCALES)}/hotlines${random() < 0.6 ? `?near=${pick(targets.officeZips)}` : ""}`],
    [0.15, () => (random() < 0.3 ? `/${pick(LOCALES)}/rights` : `/${pick(LOCALES)}/rights/${pick(targets.rightsSlugs)}`)],
  ];
  return Array.from({ length: MIX_SIZE }, () => {
    let roll = random();
    for (const [share, make] of kinds) {
      if (roll < share) return { path: make() };
      roll -= share;
    }
    return { path: `/${pick(LOCALES)}` };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { connections: { type: "string", default: "100" }, seconds: { type: "string", default: "60" } } });
  buildIfStale();
  if (!fs.existsSync(EMBEDDED_DATABASE_FILE)) throw new Error(`No seeded database at ${EMBEDDED_DATABASE_FILE}: run npm install first`);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-load-"));
  const databaseFile = path.join(directory, "kyr.sqlite");
  fs.copyFileSync(EMBEDDED_DATABASE_FILE, databaseFile);
  const requests = requestMix(seededTargets(databaseFile));

  const server = await startBenchServer(`file:${databaseFile}`);
  let peakMemory = 0;
  const sampler = setInterval(() => {
    peakMemory = Math.max(peakMemory, residentMemoryOfTree(server.process.pid ?? 0));
  }, 200);
  try {
    // One pass over the mix, then a spell of the same load unrecorded, as a
    // site that has been up for a while: in its first half minute a fresh
    // server is about 15% slower, while V8 optimizes the render code and
    // sizes its heap. The warm-up's figures are printed too.
    for (const request of requests) await fetch(`${server.baseUrl}${request.path}`);
    const warmUp = await autocannon({ url: server.baseUrl, connections: Number(values.connections), duration: WARM_UP_SECONDS, requests, timeout: 10 });
    const result = await autocannon({
      url: server.baseUrl,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      requests,
      timeout: 10,
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      JSON.stringify(
        {
          connections: Number(values.connections),
          seconds: Number(values.seconds),
          workers: Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()),
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
          errors: { total: errors, failed: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
          peakMemoryMb: Math.round(peakMemory / 1024 / 1024),
          warmUp: {
            seconds: WARM_UP_SECONDS,
            requestsPerSecond: warmUp.requests.average,
            latencyMs: { p50: warmUp.latency.p50, p99: warmUp.latency.p99 },
            errors: warmUp.errors + warmUp.timeouts + warmUp.non2xx,
          },
        },
        null,
        2,
      ),
    );
    console.log("\n| connections × seconds | req/s | p50 | p99 | errors | peak memory (all processes) |");
    console.log("|---|---|---|---|---|---|");
    console.log(
      `| ${values.connections} × ${values.seconds} s | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${errors} | ${Math.round(peakMemory / 1024 / 1024)} MB |`,
    );
  } finally {
    clearInterval(sampler);
    await server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm start`: brings the embedded database up to date, builds the site when
 * its sources changed since the last build, then runs the production server
 * (server.ts, which honors PORT). Nothing else needs to be running.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecretFile } from "../lib/auth-secret";
import { EMBEDDED_DATABASE_URL, isEmbeddedDefault, resolveDatabaseUrl } from "../lib/database-url";
import { runPrismaOrExit, runServerScriptOrExit } from "./db/prisma-cli";

const BUILD_INPUTS = ["app", "features", "i18n", "lib", "messages", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "global.d.ts", "tsconfig.json", "package-lock.json"];
const IGNORED = new Set(["generated", "node_modules"]);
const distDir = path.join(process.cwd(), ".next");
const stampFile = path.join(distDir, "kyr-source-hash");

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((child) => !IGNORED.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)))
    .sort();
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap(listFiles)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

export function buildIfStale(): void {
  const hash = sourceHash();
  const builtFrom = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  if (builtFrom === hash && fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log("Building the site (sources changed since the last build)…");
  // Next.js otherwise sends build telemetry to its makers; nothing here calls out.
  const build = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: siteNodeOptions(), NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stampFile, hash);
}

/**
 * How server.ts is started (workers inherit the flags). A page render makes
 * a lot of short-lived garbage (about 2.7 MB per page under load), and what
 * is still in flight when the young generation fills is copied out of it.
 * With 64 MB semi-spaces (V8's default is 16 MB) it fills a quarter as often
 * as with the default: in paired `npm run bench:load`-style runs, 217–224
 * pages a second against 196–208 with 32 MB, p99 0.80–0.85 s against
 * 0.89–0.96 s; 128 MB made single collections long enough to hurt the tail
 * (docs/benchmarks.md). It costs up to 64 MB more per worker (about 100 MB
 * more at the peak of a load run with two).
 */
export const SITE_SERVER_V8_FLAGS = ["--max-semi-space-size=64"];
const SITE_SERVER_ARGUMENTS = [...SITE_SERVER_V8_FLAGS, "--import", "tsx", "server.ts"];

/**
 * NODE_OPTIONS without the react-server condition: scripts and test runners
 * that read the database run under it, and the site must not (Next.js sets
 * the conditions of its own server and browser code itself).
 */
function siteNodeOptions(): string {
  return (process.env.NODE_OPTIONS ?? "").replace(/--conditions[= ]react-server/g, "").trim();
}

/** Starts server.ts with the given environment; signals to this process are passed on. */
export function spawnSiteServer(env: Record<string, string>, stdio: "inherit" | "ignore" | "pipe" = "inherit"): ChildProcess {
  const server = spawn(process.execPath, SITE_SERVER_ARGUMENTS, { stdio, env: { ...process.env, NODE_OPTIONS: siteNodeOptions(), ...env } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  return server;
}

function main(): void {
  ensureAuthSecretFile();
  if (isEmbeddedDefault(resolveDatabaseUrl())) {
    runPrismaOrExit(["migrate", "deploy"], EMBEDDED_DATABASE_URL);
    runServerScriptOrExit("scripts/db/reindex.ts", ["--missing"], { DATABASE_URL: EMBEDDED_DATABASE_URL });
  }
  buildIfStale();
  const server = spawnSiteServer({});
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/start.ts")) main();

/** The synthetic databases of the benchmarks: data/synthetic-<N>.sqlite, built by `npm run db:synthetic` when missing. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runPrismaOrExit, runServerScriptOrExit } from "../db/prisma-cli";

export function databaseFile(size: number): string {
  return path.join(process.cwd(), "data", `synthetic-${size}.sqlite`);
}

export function ensureDatabase(size: number, rebuild: boolean): void {
  if (!rebuild && fs.existsSync(databaseFile(size))) {
    // A database built before the latest migrations is brought up to date.
    const url = `file:${databaseFile(size)}`;
    runPrismaOrExit(["migrate", "deploy"], url);
    runServerScriptOrExit("scripts/db/reindex.ts", ["--missing"], { DATABASE_URL: url });
    return;
  }
  const result = spawnSync("npm", ["run", "db:synthetic", "--", "--orgs", String(size)], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

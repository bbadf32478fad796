import { spawnSync } from "node:child_process";
import path from "node:path";
import { EMBEDDED_DATABASE_URL } from "../../lib/database-url";

const PRISMA_BIN = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

export interface PrismaRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the Prisma CLI. `databaseUrl` picks the schema, migrations and adapter
 * through prisma.config.ts; schema-to-schema diffs need no server, so they run
 * against the embedded default.
 */
export function runPrisma(args: string[], databaseUrl = EMBEDDED_DATABASE_URL): PrismaRun {
  const result = spawnSync(process.execPath, [PRISMA_BIN, ...args], {
    // CHECKPOINT_DISABLE: the CLI otherwise reports to checkpoint.prisma.io; nothing here calls out.
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

export function runPrismaOrExit(args: string[], databaseUrl?: string): string {
  const result = runPrisma(args, databaseUrl);
  if (result.status !== 0) {
    process.stderr.write(result.stderr || result.stdout);
    process.exit(result.status);
  }
  return result.stdout;
}

/**
 * Runs one of the project's TypeScript scripts that use server modules
 * (`import "server-only"`), which resolve only under the react-server condition.
 */
export function runServerScriptOrExit(script: string, args: string[] = [], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

import fs from "node:fs";
import path from "node:path";
import type { HotlinePurpose } from "@/features/listings/schema";
import { databaseProviderOf, resolveDatabaseUrl, sqliteFileOf } from "@/lib/database-url";

/**
 * What the outage page lists when the database does not answer: this
 * deployment's published national hotlines and the government lines, as the
 * last good read saw them (never numbers compiled into the code). Each
 * process keeps the latest snapshot in memory and on disk, so that a process
 * started while the database is down still has one. No database client here:
 * server.ts reads it before the app is loaded.
 */
export interface LocalizedName {
  text: string;
  /** The language the text is in (a fallback when the reader's is missing). */
  lang: string;
}

export interface SnapshotHotline {
  number: string;
  acceptsText: boolean;
  isAlwaysOpen: boolean;
  purpose: HotlinePurpose | null;
  isSample: boolean;
  /** Per site locale. */
  names: Record<string, LocalizedName>;
}

export interface SnapshotOfficialLine {
  slug: string;
  phone: string | null;
  website: string | null;
  /** Per site locale, each in the language given by `lang`. */
  texts: Record<string, { lang: string; name: string; purpose: string; caution: string }>;
}

export interface OutageSnapshot {
  takenAt: string;
  hotlines: SnapshotHotline[];
  officialLines: SnapshotOfficialLine[];
}

const globalForSnapshot = globalThis as unknown as { kyrOutageSnapshot?: OutageSnapshot | null };

/** Beside the SQLite file it describes; for PostgreSQL, in data/ unless OUTAGE_SNAPSHOT_FILE says where. */
export function outageSnapshotFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OUTAGE_SNAPSHOT_FILE) return path.resolve(/*turbopackIgnore: true*/ env.OUTAGE_SNAPSHOT_FILE);
  const url = resolveDatabaseUrl(env);
  if (databaseProviderOf(url) === "sqlite") return `${sqliteFileOf(url)}.outage.json`;
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "outage-snapshot.json");
}

function isSnapshot(value: unknown): value is OutageSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<OutageSnapshot>;
  return typeof candidate.takenAt === "string" && Array.isArray(candidate.hotlines) && Array.isArray(candidate.officialLines);
}

function readSnapshotFile(): OutageSnapshot | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ outageSnapshotFile(), "utf8"));
    return isSnapshot(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The latest snapshot this process has, else the one on disk, else none. */
export function currentOutageSnapshot(): OutageSnapshot | null {
  if (globalForSnapshot.kyrOutageSnapshot === undefined) globalForSnapshot.kyrOutageSnapshot = readSnapshotFile();
  return globalForSnapshot.kyrOutageSnapshot;
}

/** Keeps a fresh snapshot in memory and writes it to disk atomically (several workers may write at once). */
export function storeOutageSnapshot(snapshot: OutageSnapshot): void {
  globalForSnapshot.kyrOutageSnapshot = snapshot;
  const file = outageSnapshotFile();
  try {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(/*turbopackIgnore: true*/ temporary, JSON.stringify(snapshot));
    fs.renameSync(/*turbopackIgnore: true*/ temporary, file);
  } catch {
    // A read-only disk leaves the copy in memory; the next process starts without one.
  }
}

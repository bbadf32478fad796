import { LRUCache } from "lru-cache";
import { getDatabase, type DatabaseTransaction } from "./db";

/**
 * A per-process cache for data that changes rarely (rights guides, hotlines,
 * organization pages, search candidates), so that a traffic spike after a
 * raid does not reach the database for each view. Pages themselves are never
 * cached (every page renders with its own CSP nonce; see
 * docs/decisions/003-nonce-csp-dynamic-pages.md).
 *
 * Invalidation: every write that changes what readers see bumps the
 * DataVersion row in its own transaction (`bumpDataVersion`). Each process
 * reads that row at most once a second, with one primary-key lookup shared by
 * all requests waiting on it, and drops every cache when the count has moved.
 * A publish therefore shows in every worker within about a second, whichever
 * process (server, import script, moderator) wrote it.
 */
const VERSION_CHECK_MS = 1_000;
const MAX_ENTRIES = 5_000;
/** A safety net only; the version check is what keeps entries current. */
const ENTRY_TTL_MS = 15 * 60_000;

interface DataCacheState {
  version: number | null;
  checkedAt: number;
  check: Promise<void> | null;
  entries: LRUCache<string, { value: unknown }>;
  onChange: Set<() => void>;
}

const globalForDataCache = globalThis as unknown as { kyrDataCache?: DataCacheState };

function state(): DataCacheState {
  globalForDataCache.kyrDataCache ??= {
    version: null,
    checkedAt: 0,
    check: null,
    entries: new LRUCache({ max: MAX_ENTRIES, ttl: ENTRY_TTL_MS }),
    onChange: new Set(),
  };
  return globalForDataCache.kyrDataCache;
}

function forgetEverything(current: DataCacheState): void {
  current.entries.clear();
  for (const clear of current.onChange) clear();
}

async function readVersion(): Promise<number> {
  const row = await getDatabase().dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

function ensureCurrentVersion(current: DataCacheState): Promise<void> {
  if (Date.now() - current.checkedAt < VERSION_CHECK_MS) return Promise.resolve();
  current.check ??= readVersion()
    .then((version) => {
      if (version !== current.version) forgetEverything(current);
      current.version = version;
    })
    // Unreachable database: keep what we have; the health check answers for the outage.
    .catch(() => undefined)
    .finally(() => {
      current.checkedAt = Date.now();
      current.check = null;
    });
  return current.check;
}

/** Makes sure this process has seen the latest published change (at most one lookup a second). */
export function checkDataVersion(): Promise<void> {
  return ensureCurrentVersion(state());
}

/**
 * The cached value for `key`, or `load()`'s. Null results are not kept (a
 * flood of unknown slugs must not push real entries out), nor a value loaded
 * while the data changed under it. Callers must not mutate what they get.
 */
export async function cachedData<T>(key: string, load: () => Promise<T>): Promise<T> {
  const current = state();
  await ensureCurrentVersion(current);
  const hit = current.entries.get(key);
  if (hit) return hit.value as T;
  const versionBefore = current.version;
  const value = await load();
  if (value !== null && current.version === versionBefore) current.entries.set(key, { value });
  return value;
}

/** Registers a cache of a feature's own (search candidates) to be cleared with this one. */
export function clearOnDataChange(clear: () => void): void {
  state().onChange.add(clear);
}

/**
 * Called inside every transaction that changes what readers see. This process
 * forgets its caches at once; the others on their next version check.
 */
export async function bumpDataVersion(tx: DatabaseTransaction): Promise<void> {
  await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
  const current = state();
  forgetEverything(current);
  current.checkedAt = 0;
}

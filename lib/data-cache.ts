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
/** After this process writes a change, how long it checks on every read until it sees the change committed. */
const AFTER_WRITE_CHECK_MS = 10_000;
const MAX_ENTRIES = 5_000;
/** A safety net only; the version check is what keeps entries current. */
const ENTRY_TTL_MS = 15 * 60_000;

type Entry = { value: unknown };
/** Where cached values live: the shared store, or a feature's own (search keeps a smaller, shorter-lived one). */
export type DataStore = LRUCache<string, Entry>;

interface DataCacheState {
  version: number | null;
  checkedAt: number;
  /** When this process last wrote a change; until it sees it committed, it checks on every read. */
  wroteAt: number;
  check: Promise<void> | null;
  stores: Set<DataStore>;
  shared: DataStore;
  /** Loads in progress, so that many readers of one key share one database read. */
  loading: Map<string, Promise<unknown>>;
  /** Called after the caches were dropped for a new data version (or the first one this process read). */
  listeners: Set<() => void>;
}

const globalForDataCache = globalThis as unknown as { kyrDataCache?: DataCacheState };

function state(): DataCacheState {
  if (!globalForDataCache.kyrDataCache) {
    const shared: DataStore = new LRUCache({ max: MAX_ENTRIES, ttl: ENTRY_TTL_MS });
    globalForDataCache.kyrDataCache = { version: null, checkedAt: 0, wroteAt: 0, check: null, stores: new Set([shared]), shared, loading: new Map(), listeners: new Set() };
  }
  return globalForDataCache.kyrDataCache;
}

/** A store of a feature's own, emptied with every other when the data changes. */
export function createDataStore(options: { max: number; ttlMs: number }): DataStore {
  const store: DataStore = new LRUCache({ max: options.max, ttl: options.ttlMs });
  state().stores.add(store);
  return store;
}

function forgetEverything(current: DataCacheState): void {
  for (const store of current.stores) store.clear();
  current.loading.clear();
}

async function readVersion(): Promise<number> {
  const row = await getDatabase().dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

function ensureCurrentVersion(current: DataCacheState): Promise<void> {
  const now = Date.now();
  if (now - current.checkedAt < VERSION_CHECK_MS && now - current.wroteAt >= AFTER_WRITE_CHECK_MS) return Promise.resolve();
  current.check ??= readVersion()
    .then((version) => {
      if (version !== current.version) {
        forgetEverything(current);
        current.wroteAt = 0;
        current.version = version;
        // After this check settles, so that listeners reading through cachedData see the new version.
        setImmediate(() => {
          for (const listener of current.listeners) listener();
        });
      }
    })
    // Unreachable database: keep what we have; the health check answers for the outage.
    .catch(() => undefined)
    .finally(() => {
      current.checkedAt = Date.now();
      current.check = null;
    });
  return current.check;
}

/** Runs `listener` whenever this process sees the published data change (and when it first reads the version). */
export function onDataVersionChange(listener: () => void): void {
  state().listeners.add(listener);
}

/**
 * The cached value for `key`, or `load()`'s, shared by every reader asking
 * while it loads. Null results are not kept (a flood of unknown slugs must not
 * push real entries out), nor a value loaded while the data changed under it.
 * Callers must not mutate what they get.
 */
export async function cachedData<T>(key: string, load: () => Promise<T>, store?: DataStore): Promise<T> {
  const current = state();
  await ensureCurrentVersion(current);
  const target = store ?? current.shared;
  const hit = target.get(key);
  if (hit) return hit.value as T;
  const pending = current.loading.get(key);
  if (pending) return pending as Promise<T>;
  const versionBefore = current.version;
  const loading = load().then((value) => {
    if (value !== null && current.version === versionBefore && current.loading.get(key) === loading) target.set(key, { value });
    return value;
  });
  current.loading.set(key, loading);
  void loading.finally(() => {
    if (current.loading.get(key) === loading) current.loading.delete(key);
  }).catch(() => undefined);
  return loading;
}

/**
 * What a write changed, for the processes that patch what they hold (the
 * resident search index, features/directory/data.ts): the organizations whose
 * listings changed (none for a change to the rights guides), or "everything"
 * for a bulk load.
 */
export type PublishedScope = { organizationIds: readonly string[] } | "everything";

/** Versions of the change log kept: a process further behind than this loads everything again. */
const PUBLISHED_CHANGES_KEPT = 1_000;

/**
 * Called inside every transaction that changes what readers see. The caches
 * are dropped once the change is visible (this process checks on every read
 * until it sees the new version; other processes within a second), so a
 * read between the write and its commit cannot put the old data back. The
 * change log row written with it says which organizations changed.
 */
export async function bumpDataVersion(tx: DatabaseTransaction, scope: PublishedScope): Promise<number> {
  const { version } = await tx.dataVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 } },
    select: { version: true },
  });
  await tx.publishedChange.create({
    data: { version, organizationIds: scope === "everything" ? null : JSON.stringify([...new Set(scope.organizationIds)]) },
  });
  await tx.publishedChange.deleteMany({ where: { version: { lte: version - PUBLISHED_CHANGES_KEPT } } });
  state().wroteAt = Date.now();
  return version;
}

/**
 * The data version as this process last saw it (checked at most once a
 * second, or on every read for a while after this process wrote); null
 * while the database has not answered yet.
 */
export async function currentDataVersion(): Promise<number | null> {
  const current = state();
  await ensureCurrentVersion(current);
  return current.version;
}

/**
 * Which organizations changed from version `from` (excluded) to `to`
 * (included), from the change log; "everything" when a bulk load is among
 * them or the log no longer reaches back that far.
 */
export async function organizationsChangedBetween(from: number, to: number): Promise<Set<string> | "everything"> {
  if (to <= from) return new Set();
  const rows = await getDatabase().publishedChange.findMany({
    where: { version: { gt: from, lte: to } },
    select: { version: true, organizationIds: true },
  });
  if (rows.length !== to - from) return "everything";
  const changed = new Set<string>();
  for (const row of rows) {
    if (row.organizationIds === null) return "everything";
    for (const id of JSON.parse(row.organizationIds) as string[]) changed.add(id);
  }
  return changed;
}

/**
 * For a feature that fills its own store piece by piece (search card
 * details): call before reading, and store what was read only if the
 * returned check still says true, as `cachedData` does.
 */
export async function dataUnchangedCheck(): Promise<() => boolean> {
  const current = state();
  await ensureCurrentVersion(current);
  const versionBefore = current.version;
  return () => current.version === versionBefore;
}

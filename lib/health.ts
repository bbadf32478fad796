import { getDatabase } from "./db";
import { healthState as state, type HealthState } from "./health-state";

/**
 * Whether the database answers. The proxy asks before every page so that an
 * outage gets a 503 page (App Router pages cannot set that status), and the
 * data layer reports failures as they happen. One shared state per process.
 *
 * While healthy, the answer is refreshed in the background at most every
 * few seconds (requests never wait for it); while unavailable, each request
 * after a short pause probes again, so the site recovers by itself.
 */
const RECHECK_WHILE_HEALTHY_MS = 5_000;
const RECHECK_WHILE_DOWN_MS = 1_000;
const PROBE_TIMEOUT_MS = 3_000;

async function probeDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  // A real table, not `SELECT 1`: an empty, unmigrated file is not a database.
  const query = getDatabase()
    .taxonomyTerm.findFirst({ select: { id: true } })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function startProbe(current: HealthState): Promise<boolean> {
  current.probe ??= probeDatabase().then((available) => {
    current.available = available;
    current.checkedAt = Date.now();
    current.probe = null;
    return available;
  });
  return current.probe;
}

export async function isDatabaseAvailable(): Promise<boolean> {
  const current = state();
  const age = Date.now() - current.checkedAt;
  if (current.checkedAt === 0) return startProbe(current);
  if (current.available) {
    if (age > RECHECK_WHILE_HEALTHY_MS) void startProbe(current);
    return true;
  }
  return age > RECHECK_WHILE_DOWN_MS ? startProbe(current) : false;
}

/** A fresh answer, for /api/health. */
export async function checkDatabaseNow(): Promise<boolean> {
  return startProbe(state());
}

/** Called by the data layer when a query timed out: a probe in the background tells whether the database still answers. */
export function recheckDatabase(): void {
  void startProbe(state());
}

/** Called by the data layer when a query fails for want of a database. */
export function reportDatabaseUnavailable(): void {
  const current = state();
  current.available = false;
  current.checkedAt = Date.now();
}

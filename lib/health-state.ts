/**
 * The database health flag of this process, apart from the probe that sets it
 * (lib/health.ts), so that server.ts can read it without loading the
 * database client. Shared through a global: server.ts and the bundled app
 * load their own copies of these modules.
 */
export interface HealthState {
  available: boolean;
  checkedAt: number;
  probe: Promise<boolean> | null;
  /** lib/health.ts's isDatabaseAvailable, registered by instrumentation.ts. */
  check?: () => Promise<boolean>;
}

const globalForHealth = globalThis as unknown as { kyrHealth?: HealthState };

export function healthState(): HealthState {
  globalForHealth.kyrHealth ??= { available: false, checkedAt: 0, probe: null };
  return globalForHealth.kyrHealth;
}

/** Whether this process has seen the database fail and not yet come back (false before the first check). */
export function databaseKnownUnavailable(): boolean {
  const current = healthState();
  return current.checkedAt !== 0 && !current.available;
}

/** Lets server.ts ask the app's own health check (see isDatabaseAvailableForServer). */
export function registerHealthCheck(check: () => Promise<boolean>): void {
  healthState().check = check;
}

/**
 * Whether the database answers, for the pages server.ts prepares itself
 * (lib/health.ts decides, probing again while it is down, so the site
 * recovers by itself); before the app has registered its check, whatever
 * this process has seen.
 */
export async function isDatabaseAvailableForServer(): Promise<boolean> {
  const current = healthState();
  return current.check ? current.check().catch(() => false) : !databaseKnownUnavailable();
}

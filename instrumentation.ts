import type { Instrumentation } from "next";

/**
 * Runs once per server process: route patterns for the request log
 * (lib/request-log.ts), the database health check for server.ts, which
 * answers the outage page itself for pages under a language prefix, and the
 * daily erasure of reporters' and claimants' details, and the snapshot of
 * the lines the outage page lists.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ registerRoutePatterns }, { isDatabaseAvailable }, { registerHealthCheck }, { scheduleErasureOfPersonalDetails }, { keepOutageSnapshotCurrent }] =
    await Promise.all([
      import("./lib/request-log"),
      import("./lib/health"),
      import("./lib/health-state"),
      import("./features/moderation/erasure-schedule"),
      import("./features/site/outage-snapshot-refresh"),
    ]);
  registerRoutePatterns();
  registerHealthCheck(isDatabaseAvailable);
  scheduleErasureOfPersonalDetails();
  keepOutageSnapshotCurrent();
}

/** Failed requests are logged by route and error kind only; the request's path, query and headers are not. */
export const onRequestError: Instrumentation.onRequestError = async (error, _request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request-log");
  logRequestError(error, context);
};

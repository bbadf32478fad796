import cluster from "node:cluster";
import { erasePersonalDetails } from "./mutations";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reporters' contacts and claimants' details are erased after 90 days even
 * where nobody runs `npm run reminders`: a minute after start and then daily,
 * in one worker (the update is the same from any). Started by
 * instrumentation.ts.
 */
export function scheduleErasureOfPersonalDetails(): void {
  if (cluster.isWorker && cluster.worker?.id !== 1) return;
  // A database outage is reported by the health check; the next run tries again.
  const erase = () => void erasePersonalDetails().catch(() => undefined);
  setTimeout(erase, 60_000).unref();
  setInterval(erase, DAY_MS).unref();
}

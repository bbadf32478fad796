/**
 * A two-worker cluster as server.ts starts one (the primary holds the rate
 * limit counts, the workers hash their keys with the key it gives them),
 * for tests/unit/rate-limits.test.ts: each worker makes attempts for the same
 * client and account; the primary prints how many were allowed.
 */
import cluster from "node:cluster";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { consumeRateLimit, newRateLimitKey, RATE_LIMIT_KEY_VARIABLE } from "../../lib/rate-limit";

const ATTEMPTS_PER_WORKER = 4;
const RULE = { perClient: { points: 100, durationSeconds: 60 }, perAccount: { points: 5, durationSeconds: 60 } };

if (cluster.isPrimary) {
  new RateLimiterClusterMaster();
  const environment = { [RATE_LIMIT_KEY_VARIABLE]: newRateLimitKey() };
  const results: boolean[] = [];
  for (let index = 0; index < 2; index++) {
    cluster.fork(environment).on("message", (message: { allowed?: boolean[] }) => {
      // The rate limiter's own messages come this way too.
      if (!Array.isArray(message.allowed)) return;
      results.push(...message.allowed);
      if (results.length === 2 * ATTEMPTS_PER_WORKER) {
        console.log(JSON.stringify({ allowed: results.filter(Boolean).length, attempts: results.length }));
        process.exit(0);
      }
    });
  }
} else {
  const allowed: boolean[] = [];
  for (let attempt = 0; attempt < ATTEMPTS_PER_WORKER; attempt++) {
    // A different address per worker: the account's count is what they share.
    allowed.push(await consumeRateLimit("sign-in-test", RULE, { clientAddress: `192.0.2.${cluster.worker?.id}`, account: "Person@Example.org" }));
  }
  process.send?.({ allowed });
}

import { createHmac, randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Rate limits for public writes. Counters live only in this process's memory
 * for the length of their window, keyed by a keyed hash of the client address
 * (never the address itself), with a secret that is new at every start.
 *
 * The client address comes from X-Forwarded-For, which a visitor can forge
 * when no reverse proxy overwrites it, so every limit also has a global cap
 * that no choice of header gets around.
 */
export interface RateLimitRule {
  perClient: { points: number; durationSeconds: number };
  global: { points: number; durationSeconds: number };
}

interface Limiters {
  perClient: RateLimiterMemory;
  global: RateLimiterMemory;
}

const globalForRateLimits = globalThis as unknown as { kyrRateLimits?: Map<string, Limiters>; kyrRateLimitSecret?: Buffer };

function limitersFor(name: string, rule: RateLimitRule): Limiters {
  globalForRateLimits.kyrRateLimits ??= new Map();
  let limiters = globalForRateLimits.kyrRateLimits.get(name);
  if (!limiters) {
    limiters = {
      perClient: new RateLimiterMemory({ keyPrefix: `${name}:client`, points: rule.perClient.points, duration: rule.perClient.durationSeconds }),
      global: new RateLimiterMemory({ keyPrefix: `${name}:global`, points: rule.global.points, duration: rule.global.durationSeconds }),
    };
    globalForRateLimits.kyrRateLimits.set(name, limiters);
  }
  return limiters;
}

async function clientKey(): Promise<string> {
  const requestHeaders = await headers();
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const address = forwarded || requestHeaders.get("x-real-ip") || "unknown";
  globalForRateLimits.kyrRateLimitSecret ??= randomBytes(32);
  return createHmac("sha256", globalForRateLimits.kyrRateLimitSecret).update(address).digest("base64url").slice(0, 22);
}

/** Counts one attempt; false when this client, or everyone together, is over the limit. */
export async function withinRateLimit(name: string, rule: RateLimitRule): Promise<boolean> {
  const limiters = limitersFor(name, rule);
  try {
    await limiters.perClient.consume(await clientKey());
    await limiters.global.consume("all");
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

import cluster from "node:cluster";
import { createHmac, randomBytes } from "node:crypto";
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Rate limits for sign-in and the public forms (docs/decisions/007). They key
 * on the client address the production server vouches for
 * (lib/client-address.ts), never on a header a client chose, and, for
 * sign-in, on the account. Keys are keyed hashes: the counters hold no
 * address or email. Counts are shared by the worker processes of a server:
 * the primary process holds them (rate-limiter-flexible's cluster store) and
 * gives its workers the hashing key when it starts them; a single process
 * keeps them itself.
 */
export interface RateWindow {
  points: number;
  durationSeconds: number;
}

export interface RateLimitRule {
  /** Per client address. */
  perClient: RateWindow;
  /** Per account: a sign-in's email, or what a public form is about (an organization), so that a flood fills one listing's quota only. */
  perAccount?: RateWindow;
}

/** The environment variable the primary process passes the hashing key to its workers in. */
export const RATE_LIMIT_KEY_VARIABLE = "KYR_RATE_LIMIT_KEY";

type Scope = keyof RateLimitRule;

const globalForRateLimits = globalThis as unknown as { kyrRateLimiters?: Map<string, RateLimiterAbstract>; kyrRateLimitKey?: Buffer };

function hashingKey(): Buffer {
  globalForRateLimits.kyrRateLimitKey ??= process.env[RATE_LIMIT_KEY_VARIABLE] ? Buffer.from(process.env[RATE_LIMIT_KEY_VARIABLE], "base64") : randomBytes(32);
  return globalForRateLimits.kyrRateLimitKey;
}

/** A new hashing key for the workers of a primary process (server.ts). */
export function newRateLimitKey(): string {
  return randomBytes(32).toString("base64");
}

function limiterFor(name: string, scope: Scope, window: RateWindow): RateLimiterAbstract {
  globalForRateLimits.kyrRateLimiters ??= new Map();
  const keyPrefix = `${name}:${scope}:${window.points}:${window.durationSeconds}`;
  let limiter = globalForRateLimits.kyrRateLimiters.get(keyPrefix);
  if (!limiter) {
    const options = { keyPrefix, points: window.points, duration: window.durationSeconds };
    limiter = cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 3_000 }) : new RateLimiterMemory(options);
    globalForRateLimits.kyrRateLimiters.set(keyPrefix, limiter);
  }
  return limiter;
}

function hashed(value: string): string {
  return createHmac("sha256", hashingKey()).update(value).digest("base64url").slice(0, 22);
}

export interface RateLimitSubject {
  clientAddress: string;
  account?: string;
}

function keysOf(rule: RateLimitRule, subject: RateLimitSubject): [Scope, RateWindow, string][] {
  const keys: [Scope, RateWindow, string][] = [["perClient", rule.perClient, hashed(`client:${subject.clientAddress}`)]];
  if (rule.perAccount && subject.account !== undefined) keys.push(["perAccount", rule.perAccount, hashed(`account:${subject.account.trim().toLowerCase()}`)]);
  return keys;
}

/** Counts one attempt against every window of the rule; false when any is used up. */
export async function consumeRateLimit(name: string, rule: RateLimitRule, subject: RateLimitSubject): Promise<boolean> {
  let allowed = true;
  for (const [scope, window, key] of keysOf(rule, subject)) {
    try {
      await limiterFor(name, scope, window).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) allowed = false;
      else throw rejection;
    }
  }
  return allowed;
}

/** Forgets an account's attempts (after it signed in correctly). */
export async function forgetAccountAttempts(name: string, rule: RateLimitRule, account: string): Promise<void> {
  if (!rule.perAccount) return;
  await limiterFor(name, "perAccount", rule.perAccount).delete(hashed(`account:${account.trim().toLowerCase()}`));
}

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { consumeRateLimit, forgetAccountAttempts } from "@/lib/rate-limit";

describe("rate limits", () => {
  it("count an account's attempts across the server's workers", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "tests/support/rate-limit-cluster.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    // Two workers, four attempts each, five allowed for the account in all.
    expect(JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}")).toEqual({ allowed: 5, attempts: 8 });
  });

  it("limit a client and an account apart, the same account whatever its letter case, and forget an account's attempts", async () => {
    const rule = { perClient: { points: 3, durationSeconds: 60 }, perAccount: { points: 2, durationSeconds: 60 } };
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.1", account: "a@example.org" })).toBe(true);
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.2", account: "A@Example.org" })).toBe(true);
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.3", account: "a@example.org " })).toBe(false);
    await forgetAccountAttempts("unit", rule, "a@example.org");
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.4", account: "a@example.org" })).toBe(true);
    // The first address has one attempt left, then none.
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.1", account: "b@example.org" })).toBe(true);
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.1", account: "c@example.org" })).toBe(true);
    expect(await consumeRateLimit("unit", rule, { clientAddress: "198.51.100.1", account: "d@example.org" })).toBe(false);
  });
});

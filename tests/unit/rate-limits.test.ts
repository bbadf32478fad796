import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROBLEM_REPORT_RATE_LIMIT } from "@/features/moderation/limits";
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

describe("the public forms' limits", () => {
  it("cap each organization's reports apart, so a flood at one listing leaves every other listing's form open", async () => {
    const flood = Array.from({ length: 40 }, (_, index) => `203.0.113.${index + 1}`);
    let accepted = 0;
    for (const clientAddress of flood) if (await consumeRateLimit("problem-report-test", PROBLEM_REPORT_RATE_LIMIT, { clientAddress, account: "targeted-clinic" })) accepted++;
    expect(accepted).toBe(30);
    expect(await consumeRateLimit("problem-report-test", PROBLEM_REPORT_RATE_LIMIT, { clientAddress: "198.51.100.77", account: "another-clinic" })).toBe(true);
  });

  it("let one address send five reports an hour, whatever organizations they are about", async () => {
    const results = [];
    for (let index = 0; index < 6; index++) results.push(await consumeRateLimit("problem-report-test", PROBLEM_REPORT_RATE_LIMIT, { clientAddress: "198.51.100.88", account: `clinic-${index}` }));
    expect(results).toEqual([true, true, true, true, true, false]);
  });
});

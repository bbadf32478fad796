import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AdmissionQueue } from "@/lib/admission-queue";

afterEach(() => {
  vi.useRealTimers();
});

describe("admission queue", () => {
  it("admits up to its limit, then in arrival order as requests finish", () => {
    const queue = new AdmissionQueue(2, 10_000);
    const started: string[] = [];
    const tickets = ["a", "b", "c", "d"].map((name) => queue.enter(() => started.push(name), () => started.push(`${name} turned away`)));
    expect(started).toEqual(["a", "b"]);
    expect(queue.waitingCount).toBe(2);
    tickets[1]?.leave();
    expect(started).toEqual(["a", "b", "c"]);
    tickets[0]?.leave();
    expect(started).toEqual(["a", "b", "c", "d"]);
    expect(queue.activeCount).toBe(2);
    tickets[2]?.leave();
    tickets[3]?.leave();
    expect(queue.activeCount).toBe(0);
  });

  it("starts a waiting request in the async context it arrived in, not in the one that made room", () => {
    const requestContext = new AsyncLocalStorage<string>();
    const queue = new AdmissionQueue(1, 10_000);
    const startedIn: (string | undefined)[] = [];
    const first = requestContext.run("first request", () => queue.enter(() => startedIn.push(requestContext.getStore()), () => undefined));
    requestContext.run("second request", () => queue.enter(() => startedIn.push(requestContext.getStore()), () => undefined));
    // The second starts when the first ends, from the first's close callback.
    requestContext.run("first request's close callback", () => first.leave());
    expect(startedIn).toEqual(["first request", "second request"]);
  });

  it("lets a request that was queued and then admitted free its slot when it ends", () => {
    const queue = new AdmissionQueue(1, 10_000);
    const first = queue.enter(() => undefined, () => undefined);
    const second = queue.enter(() => undefined, () => undefined);
    first.leave();
    expect(queue.activeCount).toBe(1);
    second.leave();
    second.leave(); // ending twice (close after finish) frees one slot only
    expect(queue.activeCount).toBe(0);
    let thirdStarted = false;
    queue.enter(() => (thirdStarted = true), () => undefined);
    expect(thirdStarted).toBe(true);
  });

  it("forgets a waiting request whose client went away, and turns away one that waited too long", () => {
    vi.useFakeTimers();
    const queue = new AdmissionQueue(1, 5_000);
    const outcomes: string[] = [];
    const holder = queue.enter(() => outcomes.push("holder"), () => outcomes.push("holder turned away"));
    const gone = queue.enter(() => outcomes.push("gone started"), () => outcomes.push("gone turned away"));
    queue.enter(() => outcomes.push("patient started"), () => outcomes.push("patient turned away"));
    gone.leave();
    expect(queue.waitingCount).toBe(1);
    vi.advanceTimersByTime(5_001);
    expect(outcomes).toEqual(["holder", "patient turned away"]);
    expect(queue.waitingCount).toBe(0);
    holder.leave();
    expect(queue.activeCount).toBe(0);
  });
});

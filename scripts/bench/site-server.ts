/**
 * The production server (server.ts) started for a benchmark or fault run, on
 * a free port, with the given database; logs are discarded.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { spawnSiteServer } from "../start";

export interface BenchServer {
  baseUrl: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function waitForStatus(url: string, status: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await fetch(url).then((response) => response.status).catch(() => 0);
    if (answer === status) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
}

/** A port nothing listens on now, chosen by the system: runs on a shared machine never take another's port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port"))));
    });
  });
}

export async function startBenchServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const server = spawnSiteServer({ PORT: String(port), DATABASE_URL: databaseUrl, SITE_URL: baseUrl, ...env }, "ignore");
  await waitForStatus(`${baseUrl}/api/health`, 200);
  return {
    baseUrl,
    port,
    process: server,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

/** Resident memory of a process and its children (the cluster workers), from /proc; 0 where /proc is missing. */
export function residentMemoryOfTree(rootPid: number): number {
  if (!fs.existsSync("/proc")) return 0;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Gone.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

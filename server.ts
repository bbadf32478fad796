/**
 * The production server: Next.js's own request handler, with what `next
 * start` does not do (docs/decisions/005-production-server.md):
 *
 * - one worker process per core (WEB_CONCURRENCY, default: the cores the
 *   machine offers), since a page renders on one core at a time;
 * - a URL whose path cannot be percent-decoded gets a 400 page instead of the
 *   bare 500 that Next.js answers before any routing;
 * - SIGTERM and SIGINT stop new connections and let requests in flight finish
 *   (up to SHUTDOWN_GRACE_MS) before the process exits;
 * - every response is logged with its route pattern, status and duration
 *   only (lib/request-log.ts);
 * - PORT and HOSTNAME are honored as with `next start`.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import next from "next";
import { brokenLinkPageHtml } from "@/features/site/broken-link-page";
import { logger, logRequest, requestLogLine, requestLogStore, type RequestLogRecord } from "@/lib/request-log";
import { staticSecurityHeaders } from "@/lib/security-headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const shutdownGraceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()));

function hasDecodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

async function serve(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname === "0.0.0.0" ? "localhost" : hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const brokenLinkHtml = await brokenLinkPageHtml();

  const server = createServer((request, response) => {
    const startedAt = performance.now();
    const record: RequestLogRecord = { route: null };
    const closed = new Promise<number>((resolve) => response.once("close", () => resolve(performance.now())));
    // The route is known once Next.js's request span ends, which can be after the response closes.
    const logWhenDone = (handled: Promise<unknown>) =>
      void Promise.all([closed, handled.catch(() => undefined)]).then(([endedAt]) =>
        logRequest(requestLogLine(request.method, record, response.statusCode, startedAt, endedAt)),
      );
    if (!hasDecodablePath(request.url)) {
      response.statusCode = 400;
      for (const { key, value } of staticSecurityHeaders()) response.setHeader(key, value);
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      response.end(brokenLinkHtml);
      logWhenDone(Promise.resolve());
      return;
    }
    logWhenDone(requestLogStore().run(record, () => handle(request, response)));
  });

  let shuttingDown = false;
  const shutdown = () => {
    if (shuttingDown) return;
    shuttingDown = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), shutdownGraceMs).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);

  server.listen(port, hostname, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) {
      logger.info({ workers }, `Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
    }
  });
}

function supervise(): void {
  for (let index = 0; index < workers; index++) cluster.fork();
  let stopping = false;
  cluster.on("exit", (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logger.error({ pid: worker.process.pid, code }, "A worker stopped; starting another");
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Finishing requests in flight, then stopping");
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), shutdownGraceMs + 1_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (workers > 1 && cluster.isPrimary) {
  supervise();
} else {
  serve().catch((error: unknown) => {
    logger.fatal({ err: error }, "The server could not start");
    process.exit(1);
  });
}

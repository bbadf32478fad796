/**
 * The production server: Next.js's own request handler, with what `next
 * start` does not do (docs/decisions/005-production-server.md):
 *
 * - one worker process per core (WEB_CONCURRENCY, default: the cores the
 *   machine offers), since a page renders on one core at a time;
 * - a URL whose path cannot be percent-decoded gets a 400 page instead of the
 *   bare 500 that Next.js answers before any routing, and a server action
 *   call that cannot be decoded a 400, while an action that fails stays a
 *   500; a render that met a database outage answers 503;
 * - SIGTERM and SIGINT stop new connections, and every connection already
 *   accepted (the kernel's queue included) is answered, up to
 *   SHUTDOWN_GRACE_MS, before the process exits: the primary owns the
 *   listening socket and hands connections to the workers itself
 *   (lib/connection-handoff.ts, docs/decisions/018-graceful-shutdown-drains-accepted-connections.md);
 * - every response is logged with its route pattern, status and duration
 *   only (lib/request-log.ts), and carries the security headers
 *   (lib/security-headers.ts), HSTS included when SITE_URL is HTTPS;
 * - pages render a few at a time per worker (MAX_CONCURRENT_RENDERS), the
 *   rest wait in arrival order; past MAX_QUEUE_WAIT_MS a request gets the
 *   localized 503 page with the national hotlines instead of a timeout;
 * - pages under a language prefix get here what proxy.ts gives the other
 *   paths, without Next.js's middleware machinery, which cost a tenth of a
 *   page's CPU: a CSP nonce, the remembered language (next-intl's rule), the
 *   same-origin vouching of forms posted without JavaScript, and the outage
 *   page while the database does not answer (docs/decisions/013-pages-under-a-language-prefix-skip-the-proxy.md);
 * - every request carries the client address in an internal header
 *   (lib/client-address.ts), overwriting any copy the client sent: the
 *   socket's address, or a forwarded one from TRUSTED_PROXIES only. Rate
 *   limits key on it; the primary process holds their counts for all workers
 *   (lib/rate-limit.ts);
 * - PORT is honored as with `next start`, and HOST (not HOSTNAME, which
 *   containers set to their own name) for the address to listen on;
 * - `--dev` (`npm run dev`) serves Next.js's development mode through this
 *   same file, with one process, so development sees what production does.
 */
import cluster from "node:cluster";
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { Server as NetServer } from "node:net";
import type { Duplex } from "node:stream";
import os from "node:os";
import next from "next";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { brokenLinkPageHtml } from "@/features/site/broken-link-page";
import { logger, logRequest, requestLogLine, requestLogStore, type RequestLogRecord } from "@/lib/request-log";
import { unavailablePageHtml } from "@/features/site/unavailable-page";
import { localeCookieToSet } from "@/i18n/locale-cookie";
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, type Locale } from "@/i18n/locales";
import { loadMessages, type Messages } from "@/i18n/messages";
import { AdmissionQueue } from "@/lib/admission-queue";
import { acceptQueuedConnections, ConnectionDrain, LISTEN_BACKLOG } from "@/lib/connection-drain";
import { distributeConnections, receiveConnections } from "@/lib/connection-handoff";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from "@/lib/client-address";
import { newRateLimitKey, RATE_LIMIT_KEY_VARIABLE } from "@/lib/rate-limit";
import { databaseKnownUnavailable, isDatabaseAvailableForServer } from "@/lib/health-state";
import { createNonce, pageSecurity, securityHeaders, vouchedSameOrigin, type SecurityHeader } from "@/lib/security-headers";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: Docker and Kubernetes set that to the container's name in every container.
const hostname = process.env.HOST ?? "0.0.0.0";
const shutdownGraceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
const development = process.argv.includes("--dev");
const workers = development ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()));
/** Pages rendered at once per worker; the rest wait in order (lib/admission-queue.ts). */
const maxConcurrentRenders = Math.max(1, Number(process.env.MAX_CONCURRENT_RENDERS ?? 4));
const maxQueueWaitMs = Number(process.env.MAX_QUEUE_WAIT_MS ?? 10_000);

function hasDecodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a request calls a server action: from the page's script (a
 * Next-Action header, answered with a Flight payload), or as a form posted
 * without JavaScript (always multipart: React encodes the action's reference
 * in the form's fields).
 */
function callsServerAction(request: IncomingMessage): { fromScript: boolean; any: boolean } {
  const fromScript = request.headers["next-action"] !== undefined;
  const postedForm = request.method === "POST" && /^multipart\/form-data/i.test(request.headers["content-type"] ?? "");
  return { fromScript, any: fromScript || postedForm };
}

/**
 * Responses Next.js cannot choose itself, corrected as the response starts:
 * - Next.js answers 500 to a server action call it cannot decode (a forged
 *   or truncated payload), as to one whose action threw. Every action is
 *   declared through serverAction (lib/server-action.ts), which marks in the
 *   request's record when the action's own code begins, and refuses
 *   arguments no form sends before that. So a failed call whose action never
 *   began is a malformed request: 400. One whose action began and failed is
 *   a server error: it stays 500, in the request log, and instrumentation.ts
 *   logs the error's kind (our actions answer bad input with a localized
 *   form state, never by throwing; the fuzz test holds them to it).
 * - a page whose render met the database going down gets 500, and React
 *   renders no error boundary on the server, so its HTML would be an empty
 *   shell: it gets the outage page with the last published national lines
 *   instead, as the requests after it do. Not for calls from a script, which
 *   expect a Flight payload, not a page.
 */
function correctErrorResponse(request: IncomingMessage, response: ServerResponse, record: RequestLogRecord, sendOutagePage: () => void): void {
  const actionCall = callsServerAction(request);
  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500) return writeHead(status, ...rest);
    if (actionCall.any && !record.actionBegan) return writeHead(400, ...rest);
    if (databaseKnownUnavailable() && !actionCall.fromScript) {
      response.writeHead = writeHead as ServerResponse["writeHead"];
      // Content-Encoding stays: Next.js's compression, wrapped around this response, encodes what follows.
      for (const header of ["Content-Length", "ETag"]) response.removeHeader(header);
      sendOutagePage();
      // What Next.js goes on to write for its error page goes nowhere.
      response.write = (() => true) as ServerResponse["write"];
      response.end = (() => response) as ServerResponse["end"];
      return response;
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}

/**
 * Requests that render no page never wait behind page renders: built files,
 * the health check (a load balancer must not take a busy worker for a dead
 * one) and quick exit's Clear-Site-Data call (it must get through during a
 * spike above all).
 */
function needsNoRender(url: string | undefined): boolean {
  return /^\/(_next\/static\/|icons\/|sw\.js$|robots\.txt$|manifest\.webmanifest$|icon\.svg|api\/health(\?|$)|api\/clear-site-data(\?|$))/.test(url ?? "");
}

/** A page this file writes itself, with a CSP of its own (the other security headers are already set). */
function sendOwnPage(response: ServerResponse, status: number, contentSecurityPolicy: string, html: string): void {
  response.statusCode = status;
  response.setHeader("Content-Security-Policy", contentSecurityPolicy);
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end(html);
}

/**
 * A request Node's HTTP parser refuses (a malformed request line or header,
 * headers too large, too slow) never reaches the handler. Node's own answer
 * carries no headers: this one has the security headers too. As Node's
 * default does, it answers only when nothing else is being written to the
 * connection, and otherwise just closes it.
 */
function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: Duplex, headers: SecurityHeader[]): void {
  const responseInProgress = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || responseInProgress?.headersSent) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...headers.map(({ key, value }) => `${key}: ${value}`), "Content-Length: 0", "Connection: close"];
  socket.end(`${lines.join("\r\n")}\r\n\r\n`);
}

/** The language prefix of a path, if it has one: exactly the paths proxy.ts's matcher leaves to this file. */
function languagePrefixOf(url: string | undefined): Locale | null {
  const first = (url ?? "/").split(/[/?#]/)[1] ?? "";
  return isLocale(first) ? first : null;
}

function localeOfPath(url: string | undefined): Locale {
  return languagePrefixOf(url) ?? DEFAULT_LOCALE;
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What proxy.ts does for the other paths, for a page under a language prefix:
 * the nonce Next.js puts on its scripts (read from the request's CSP header)
 * and the layout on its own, the locale for next-intl, the remembered
 * language, and a form's vouched origin.
 */
function preparePageUnderLanguagePrefix(request: IncomingMessage, response: ServerResponse, locale: Locale): void {
  const security = pageSecurity();
  request.headers["x-nonce"] = security.nonce;
  request.headers["content-security-policy"] = security.contentSecurityPolicy;
  request.headers["x-next-intl-locale"] = locale;
  response.setHeader("Content-Security-Policy", security.contentSecurityPolicy);
  const protocol = headerValue(request, "x-forwarded-proto") === "https" ? "https:" : "http:";
  const vouchedOrigin = vouchedSameOrigin(request.method, (name) => headerValue(request, name), protocol);
  if (vouchedOrigin) request.headers.origin = vouchedOrigin;
  const localeCookie = localeCookieToSet(locale, {
    cookie: headerValue(request, "cookie"),
    acceptLanguage: headerValue(request, "accept-language"),
    secFetchDest: headerValue(request, "sec-fetch-dest"),
  });
  if (localeCookie) response.appendHeader("Set-Cookie", localeCookie);
}

/** The self-contained "temporarily unavailable" page with the national hotlines: for an overload, and for a render that met a database outage. */
function sendUnavailablePage(response: ServerResponse, locale: Locale, messages: Map<Locale, Messages>, retryAfterSeconds: number): void {
  if (response.headersSent) return;
  const nonce = createNonce();
  response.setHeader("Retry-After", String(retryAfterSeconds));
  sendOwnPage(response, 503, `default-src 'none'; style-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'`, unavailablePageHtml(locale, messages.get(locale) as Messages, nonce));
}

async function serve(): Promise<void> {
  const app = next({ dev: development, dir: process.cwd(), hostname: hostname === "0.0.0.0" ? "localhost" : hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const brokenLinkHtml = await brokenLinkPageHtml();
  const unavailableMessages = new Map(await Promise.all(LOCALE_CODES.map(async (code) => [code, await loadMessages(code)] as const)));
  const admission = new AdmissionQueue(maxConcurrentRenders, maxQueueWaitMs);
  const trust = trustedProxies();

  // The same for every response of this process (SITE_URL does not change while it runs).
  const headersForEveryResponse = securityHeaders();

  const server = createServer((request, response) => {
    const startedAt = performance.now();
    // Before anything can answer: pages, API routes, files, redirects, 400s, 404s and 503s alike.
    for (const { key, value } of headersForEveryResponse) response.setHeader(key, value);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);
    drain.track(request, response);
    const record: RequestLogRecord = { route: null };
    const closed = new Promise<number>((resolve) => response.once("close", () => resolve(performance.now())));
    // The route is known once Next.js's request span ends, which can be after the response closes.
    const logWhenDone = (handled: Promise<unknown>) =>
      void Promise.all([closed, handled.catch(() => undefined)]).then(([endedAt]) =>
        logRequest(requestLogLine(request.method, record, response.statusCode, startedAt, endedAt)),
      );
    if (!hasDecodablePath(request.url)) {
      sendOwnPage(response, 400, "default-src 'none'; frame-ancestors 'none'", brokenLinkHtml);
      logWhenDone(Promise.resolve());
      return;
    }
    correctErrorResponse(request, response, record, () => sendUnavailablePage(response, localeOfPath(request.url), unavailableMessages, 30));
    const render = () => logWhenDone(requestLogStore().run(record, () => handle(request, response)));
    if (needsNoRender(request.url)) {
      render();
      return;
    }
    const languagePrefix = languagePrefixOf(request.url);
    const renderPage = !languagePrefix
      ? render
      : () =>
          void isDatabaseAvailableForServer().then((available) => {
            if (available) {
              preparePageUnderLanguagePrefix(request, response, languagePrefix);
              render();
            } else {
              sendUnavailablePage(response, languagePrefix, unavailableMessages, 30);
              logWhenDone(Promise.resolve());
            }
          });
    const ticket = admission.enter(renderPage, () => {
      sendUnavailablePage(response, localeOfPath(request.url), unavailableMessages, 10);
      logWhenDone(Promise.resolve());
    });
    response.once("close", () => ticket.leave());
  });

  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => answerUnparsableRequest(error, socket, headersForEveryResponse));
  const drain = new ConnectionDrain(server);
  const finish = () => {
    setTimeout(() => process.exit(0), shutdownGraceMs).unref();
    void drain.finish().then(() => process.exit(0));
  };
  if (cluster.isWorker) {
    // The primary accepts the connections and says when the last has come (lib/connection-handoff.ts);
    // a signal sent to the whole process group only ends keep-alive here.
    const stopKeepingAlive = () => {
      drain.startDraining();
      setTimeout(() => process.exit(0), shutdownGraceMs).unref();
    };
    process.on("SIGTERM", stopKeepingAlive);
    process.on("SIGINT", stopKeepingAlive);
    receiveConnections(server, { onStop: stopKeepingAlive, onFinish: finish });
    return;
  }
  const shutdown = () => {
    if (drain.isDraining) return;
    drain.startDraining();
    // What the kernel holds for the listening socket is accepted first; then it closes. Not
    // server.close(): it also drops connections whose request has not been read yet (lib/connection-drain.ts).
    const address = server.address();
    void acceptQueuedConnections(() => drain.acceptedCount, typeof address === "object" && address ? address.port : null).then(() => {
      NetServer.prototype.close.call(server);
      finish();
    });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  server.listen({ port, host: hostname, backlog: LISTEN_BACKLOG }, () => logger.info({ workers }, `Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

function supervise(): void {
  // Rate-limit counts live here, for all workers; the workers hash their keys with one key of this run.
  new RateLimiterClusterMaster();
  const workerEnvironment = { [RATE_LIMIT_KEY_VARIABLE]: newRateLimitKey() };
  const fork = () => cluster.fork(workerEnvironment);
  const connections = distributeConnections();
  let stopping = false;
  const stopWorkers = (code: number) => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    process.exit(code);
  };
  void connections.firstReady
    .then(() => connections.listen(port, hostname))
    .then(
      () => logger.info({ workers }, `Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
      (error: unknown) => {
        logger.fatal({ err: error }, "The server could not listen; stopping");
        stopWorkers(1);
      },
    );
  for (let index = 0; index < workers; index++) fork();
  cluster.on("exit", (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies before any is ready (no build, a broken configuration) would die the same way again.
    if (!connections.everReady) {
      logger.fatal({ pid: worker.process.pid, code }, "A worker failed to start; stopping");
      stopWorkers(code || 1);
    }
    logger.error({ pid: worker.process.pid, code }, "A worker stopped; starting another");
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Finishing requests in flight, then stopping");
    void connections.drain();
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

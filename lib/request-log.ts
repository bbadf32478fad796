import { AsyncLocalStorage } from "node:async_hooks";
import { SamplingDecision, type ReadableSpan, type Sampler, type SamplingResult, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { logger } from "./logger";

/**
 * Request logging that records nothing about visitors (DESIGN.md section 6,
 * docs/decisions/009-request-log.md). A log line holds the method, the route
 * pattern (`/[locale]/directory`, never the path or query), the status and
 * the duration: no ZIP, place, search words, IP address or user agent.
 *
 * server.ts measures status and duration for every response; Next.js's
 * OpenTelemetry spans tell it the route pattern, through a per-request record
 * in AsyncLocalStorage. The span processor reads only the route attribute.
 */

/** Everything a request log line may hold. */
export interface RequestLogLine {
  method: string;
  route: string;
  status: number;
  ms: number;
}

/** Filled while a request is handled: the route pattern Next.js matched, if any. */
export interface RequestLogRecord {
  route: string | null;
  /**
   * Whether a server action's own code began (lib/server-action.ts): a call
   * that failed before that was malformed (400), one that failed after it is
   * a server error (500). Never logged.
   */
  actionBegan?: boolean;
}

/** For responses no route produced: static files, and answers of proxy.ts (redirects, the outage page). */
export const UNROUTED = "(unrouted)";

const STANDARD_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export { logger };

// server.ts and the bundled instrumentation hook load this module separately;
// they share the one store through a global.
const STORE_KEY = Symbol.for("kyr.requestLogStore");
const globalStore = globalThis as unknown as { [STORE_KEY]?: AsyncLocalStorage<RequestLogRecord> };

export function requestLogStore(): AsyncLocalStorage<RequestLogRecord> {
  globalStore[STORE_KEY] ??= new AsyncLocalStorage<RequestLogRecord>();
  return globalStore[STORE_KEY];
}

export function requestLogLine(method: string | undefined, record: RequestLogRecord, status: number, startedAt: number, endedAt: number): RequestLogLine {
  return {
    method: method && STANDARD_METHODS.has(method) ? method : "OTHER",
    route: record.route ?? UNROUTED,
    status,
    ms: Math.round((endedAt - startedAt) * 10) / 10,
  };
}

export function logRequest(line: RequestLogLine): void {
  logger.info(line, "request");
}

/** Passes the route pattern of Next.js's request span to the request's log record; reads nothing else. */
class RoutePatternProcessor implements SpanProcessor {
  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    const route = span.attributes["next.route"];
    if (span.attributes["next.span_type"] !== REQUEST_SPAN || typeof route !== "string") return;
    const record = requestLogStore().getStore();
    if (record) record.route = route;
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const REQUEST_SPAN = "BaseServer.handleRequest";

/**
 * Records Next.js's request span only: the dozens of other spans a render
 * makes are created as no-ops, so the log costs next to nothing per request.
 */
const requestSpansOnly: Sampler = {
  shouldSample: (_context, _traceId, _name, _kind, attributes): SamplingResult => ({
    decision: attributes["next.span_type"] === REQUEST_SPAN ? SamplingDecision.RECORD : SamplingDecision.NOT_RECORD,
  }),
  toString: () => "RequestSpansOnly",
};

let registered = false;

/** Turns on Next.js's spans, feeding only the route processor; spans are never exported. */
export function registerRoutePatterns(): void {
  if (registered) return;
  registered = true;
  // No propagator: a visitor's `traceparent` header is neither read nor continued.
  new NodeTracerProvider({ sampler: requestSpansOnly, spanProcessors: [new RoutePatternProcessor()] }).register({ propagator: null });
}

/** What is logged when a request fails: where, and the error's kind and digest, never its message or the request. */
export function logRequestError(error: unknown, context: { routePath: string; routeType: string }): void {
  const name = error instanceof Error ? error.name : typeof error;
  const digest = typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  // A server action call that failed before the action began was malformed (server.ts answers
  // 400): the caller's fault, not a failure of ours.
  const record = requestLogStore().getStore();
  if (name === MALFORMED_ACTION_CALL || (context.routeType === "action" && record !== undefined && !record.actionBegan)) {
    logger.warn({ route: context.routePath, routeType: context.routeType, error: name }, "malformed server action call");
    return;
  }
  logger.error({ route: context.routePath, routeType: context.routeType, error: name, digest }, "request failed");
}

/** The name of lib/server-action.ts's MalformedActionCall (not imported: that module imports this one). */
export const MALFORMED_ACTION_CALL = "MalformedActionCall";

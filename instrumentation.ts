import type { Instrumentation } from "next";

/** Runs once per server process: route patterns for the request log (lib/request-log.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { registerRoutePatterns } = await import("./lib/request-log");
  registerRoutePatterns();
}

/** Failed requests are logged by route and error kind only; the request's path, query and headers are not. */
export const onRequestError: Instrumentation.onRequestError = async (error, _request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request-log");
  logRequestError(error, context);
};

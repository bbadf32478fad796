import pino from "pino";

/** The server's one structured log (JSON lines on standard output). What may go in it: docs/decisions/009-request-log.md. */
export const logger = pino({
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

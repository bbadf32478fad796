const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/**
 * Wraps a value from outside our messages (a place, an organization's name)
 * in Unicode isolates before it goes into a translated sentence, so that
 * "Chicago, IL" or "Loop Legal Aid (test)" keeps its own direction inside
 * Arabic or Persian text: the plain-text counterpart of `<bdi>`, usable in
 * titles and attributes too.
 */
export function isolated(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

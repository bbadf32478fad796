import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { consumeRateLimit, type RateLimitRule } from "./rate-limit";

/** The client address server.ts vouched for ("unknown" outside it, e.g. under `next start`). */
export async function requestClientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/** Counts one attempt of the current request's client (and account, if given); false when over a limit. */
export async function withinRateLimit(name: string, rule: RateLimitRule, account?: string): Promise<boolean> {
  return consumeRateLimit(name, rule, { clientAddress: await requestClientAddress(), account });
}

import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/**
 * The address a request came from, as the production server (server.ts)
 * writes it into CLIENT_ADDRESS_HEADER on every request, overwriting any copy
 * a client sent. It is the socket's address, or, when the socket belongs to a
 * proxy listed in TRUSTED_PROXIES (addresses, CIDR ranges, or proxy-addr's
 * names "loopback", "linklocal", "uniquelocal"), the address that proxy
 * forwarded. Rate limits key on it (lib/rate-limit.ts); it is never stored
 * or logged.
 */
export const CLIENT_ADDRESS_HEADER = "x-kyr-client-address";

type TrustFunction = (address: string, hop: number) => boolean;

export function trustedProxies(setting = process.env.TRUSTED_PROXIES): TrustFunction {
  const entries = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.length === 0 ? () => false : proxyAddr.compile(entries);
}

export function clientAddressOf(request: IncomingMessage, trust: TrustFunction): string {
  return proxyAddr(request, trust) || "unknown";
}

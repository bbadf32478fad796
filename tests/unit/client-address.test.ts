import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxies } from "@/lib/client-address";

function requestFrom(socketAddress: string, forwardedFor?: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: socketAddress });
  const request = new IncomingMessage(socket);
  if (forwardedFor !== undefined) request.headers["x-forwarded-for"] = forwardedFor;
  return request;
}

describe("the client address rate limits key on", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf(requestFrom("203.0.113.5", "198.51.100.1"), trustedProxies(""))).toBe("203.0.113.5");
    expect(clientAddressOf(requestFrom("203.0.113.5"), trustedProxies(undefined))).toBe("203.0.113.5");
  });

  it("is the forwarded address only behind a trusted proxy, and never further than the first untrusted hop", () => {
    const trust = trustedProxies("10.0.0.0/8, loopback");
    expect(clientAddressOf(requestFrom("10.1.2.3", "198.51.100.7"), trust)).toBe("198.51.100.7");
    // A client behind the proxy forging an earlier hop gets its own address, not the forged one.
    expect(clientAddressOf(requestFrom("10.1.2.3", "192.0.2.66, 198.51.100.7"), trust)).toBe("198.51.100.7");
    expect(clientAddressOf(requestFrom("203.0.113.5", "198.51.100.7"), trust)).toBe("203.0.113.5");
  });

  it("never throws on hostile headers", () => {
    const trust = trustedProxies("loopback");
    for (const value of ["", ",,,", "not an address", "<script>", "999.999.999.999", "::ffff:", "a".repeat(5000)]) {
      expect(() => clientAddressOf(requestFrom("127.0.0.1", value), trust)).not.toThrow();
    }
  });
});

import { describe, expect, it } from "vitest";
import { securityHeaders, strictTransportSecurity } from "@/lib/security-headers";

describe("strictTransportSecurity", () => {
  it("is sent for a public origin on HTTPS", () => {
    expect(strictTransportSecurity("https://directory.example.org")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("https://directory.example.org:8443/")).toBe("max-age=63072000; includeSubDomains");
  });

  it("is not sent over plain HTTP, for this machine, or for a SITE_URL that is not a URL", () => {
    for (const origin of ["http://directory.example.org", "https://localhost:3000", "https://app.localhost", "https://127.0.0.1", "https://[::1]:3000", "http://localhost:3000", "directory.example.org", ""]) {
      expect(strictTransportSecurity(origin), origin).toBeNull();
    }
  });
});

describe("securityHeaders", () => {
  it("adds HSTS to the headers every response carries only for an HTTPS site", () => {
    const names = (origin: string) => securityHeaders(origin).map(({ key }) => key);
    expect(names("https://directory.example.org")).toContain("Strict-Transport-Security");
    expect(names("http://localhost:3000")).not.toContain("Strict-Transport-Security");
    expect(names("http://localhost:3000")).toEqual(expect.arrayContaining(["Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Permissions-Policy"]));
  });
});

import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/same-origin-request";

const SITE = "https://directory.example.org";

function from(headers: Record<string, string>, site = SITE): boolean {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return isSameOriginRequest((name) => lower[name], site);
}

describe("isSameOriginRequest", () => {
  it("accepts a fetch from a page of the site, which sends Origin: null under no-referrer", () => {
    expect(from({ "Sec-Fetch-Site": "same-origin", Origin: "null" })).toBe(true);
    expect(from({ "Sec-Fetch-Site": "same-origin", Origin: SITE })).toBe(true);
    expect(from({ "Sec-Fetch-Site": "same-origin" })).toBe(true);
  });

  it("accepts a browser without Sec-Fetch-Site when Origin names the site", () => {
    expect(from({ Origin: SITE })).toBe(true);
    expect(from({ Origin: "http://localhost:3000" }, "http://localhost:3000/")).toBe(true);
  });

  it("refuses requests from other sites, and from the same site's other origins", () => {
    expect(from({ "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" })).toBe(false);
    expect(from({ "Sec-Fetch-Site": "cross-site", Origin: "null" })).toBe(false);
    expect(from({ "Sec-Fetch-Site": "same-site", Origin: "https://blog.example.org" })).toBe(false);
    expect(from({ "Sec-Fetch-Site": "none" })).toBe(false);
    expect(from({ Origin: "https://evil.example" })).toBe(false);
    expect(from({ Origin: "http://directory.example.org" })).toBe(false);
  });

  it("refuses a request whose headers disagree", () => {
    expect(from({ "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" })).toBe(false);
  });

  it("refuses a request that neither header vouches for", () => {
    expect(from({})).toBe(false);
    expect(from({ Origin: "null" })).toBe(false);
  });

  it("refuses a named origin when SITE_URL cannot be read", () => {
    expect(from({ Origin: SITE }, "not a url")).toBe(false);
  });
});

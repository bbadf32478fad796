import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth";
import { withTestDatabase } from "../support/with-test-database";

withTestDatabase();
// Read when the auth instance is made, on first use.
process.env.SITE_URL = "https://directory.example.org";

describe("staff cookies on an https site", () => {
  it("are Secure, HttpOnly and SameSite=Lax", async () => {
    await getAuth().api.createUser({ body: { email: "secure@example.org", password: "a long enough password", name: "Secure Person" } });
    const signedIn = await getAuth().api.signInEmail({ body: { email: "secure@example.org", password: "a long enough password" }, returnHeaders: true });
    const cookies = signedIn.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__Secure-kyr-staff\./);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    }
  });
});

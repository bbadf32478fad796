/**
 * The staff accounts of the browser tests, made by the test server the way
 * the site makes them (better-auth's own calls, two-factor set up with a real
 * TOTP secret), with their secrets written to E2E_ACCOUNTS_FILE for the tests
 * to sign in with. Server-side only.
 */
import fs from "node:fs";
import { getAuth } from "@/lib/auth";
import type { Database } from "@/lib/db";
import { totpCode } from "../support/totp";
import { E2E_ACCOUNTS_FILE, E2E_STAFF, E2E_STAFF_PASSWORD, type E2EStaffKey } from "./e2e-data";

export interface E2EAccount {
  email: string;
  userId: string;
  totpUri: string | null;
}

function cookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export async function createStaffFixtures(db: Database): Promise<void> {
  const accounts: Partial<Record<E2EStaffKey, E2EAccount>> = {};
  for (const [key, staff] of Object.entries(E2E_STAFF) as [E2EStaffKey, (typeof E2E_STAFF)[E2EStaffKey]][]) {
    const created = await getAuth().api.createUser({ body: { email: staff.email, password: E2E_STAFF_PASSWORD, name: staff.name, data: { locale: "en" } } });
    const userId = created.user.id;
    await db.user.update({ where: { id: userId }, data: { role: staff.role, emailVerified: true } });
    for (const slug of staff.organizations) {
      const organization = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      await db.organizationMembership.create({ data: { userId, organizationId: organization.id } });
    }
    let totpUri: string | null = null;
    if (staff.twoFactor) {
      const signedIn = await getAuth().api.signInEmail({ body: { email: staff.email, password: E2E_STAFF_PASSWORD }, returnHeaders: true });
      const headers = new Headers({ cookie: cookieOf(signedIn.headers) });
      const enabled = await getAuth().api.enableTwoFactor({ body: { password: E2E_STAFF_PASSWORD }, headers });
      if (!("totpURI" in enabled)) throw new Error("Two-factor setup returned no TOTP URI");
      totpUri = enabled.totpURI;
      await getAuth().api.verifyTOTP({ body: { code: totpCode(totpUri) }, headers });
      await db.session.deleteMany({ where: { userId } });
    }
    accounts[key] = { email: staff.email, userId, totpUri };
  }
  fs.writeFileSync(E2E_ACCOUNTS_FILE, JSON.stringify(accounts, null, 2));
}

import { describe, expect, it } from "vitest";
import { findUsableInvitation } from "@/features/accounts/data";
import { claimInvitation, completeInvitation, createInvitation } from "@/features/accounts/mutations";
import { getAuth } from "@/lib/auth";
import { totpCode, wrongTotpCode } from "../support/totp";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();
const SYSTEM = { id: null, name: "Test", role: "admin" };
const PASSWORD = "correct horse battery staple";

function cookieHeaderOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function invitedAccount(email: string, role: "moderator" | "editor") {
  const { token } = await createInvitation({ email, role, locale: "es", organizationId: undefined }, SYSTEM);
  const invitation = await findUsableInvitation(token);
  if (!invitation) throw new Error("the invitation must be usable");
  expect(await claimInvitation(invitation.id)).toBe(true);
  const created = await getAuth().api.createUser({ body: { email, password: PASSWORD, name: `Person ${email}` } });
  await completeInvitation(created.user.id, invitation);
  return { token, userId: created.user.id };
}

describe("staff accounts", () => {
  it("accepts an invitation once, gives its role and language, and signs in without keeping the client's address", async () => {
    const { token, userId } = await invitedAccount("moderator@example.org", "moderator");
    expect(await findUsableInvitation(token)).toBeNull();
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ role: "moderator", locale: "es", emailVerified: true });

    const headers = new Headers({ "user-agent": "Test Browser 1.0", "x-forwarded-for": "203.0.113.9" });
    const signedIn = await getAuth().api.signInEmail({ body: { email: "moderator@example.org", password: PASSWORD }, headers, returnHeaders: true });
    const cookies = signedIn.headers.getSetCookie();
    expect(cookies.some((cookie) => /^kyr-staff\.session_token=/.test(cookie))).toBe(true);
    for (const cookie of cookies) expect(cookie).toMatch(/HttpOnly/i);
    for (const cookie of cookies) expect(cookie).toMatch(/SameSite=Lax/i);
    const sessions = await db().session.findMany({ where: { userId } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ ipAddress: null, userAgent: null });
  });

  it("refuses a wrong password", async () => {
    await invitedAccount("editor@example.org", "editor");
    const attempt = getAuth().api.signInEmail({ body: { email: "editor@example.org", password: "not the password at all" }, returnHeaders: true });
    await expect(attempt).rejects.toThrow();
  });

  it("asks for a code after the password once two-factor sign-in is on, and only then opens a session", async () => {
    const { userId } = await invitedAccount("totp@example.org", "moderator");
    const first = await getAuth().api.signInEmail({ body: { email: "totp@example.org", password: PASSWORD }, returnHeaders: true });
    const sessionHeaders = new Headers({ cookie: cookieHeaderOf(first.headers) });
    const enabled = await getAuth().api.enableTwoFactor({ body: { password: PASSWORD }, headers: sessionHeaders });
    const uri = "totpURI" in enabled ? enabled.totpURI : "";
    await getAuth().api.verifyTOTP({ body: { code: totpCode(uri) }, headers: sessionHeaders });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).twoFactorEnabled).toBe(true);

    await db().session.deleteMany({ where: { userId } });
    const second = await getAuth().api.signInEmail({ body: { email: "totp@example.org", password: PASSWORD }, returnHeaders: true });
    expect(second.response).toMatchObject({ twoFactorRedirect: true });
    expect(await db().session.count({ where: { userId } })).toBe(0);
    const challenge = new Headers({ cookie: cookieHeaderOf(second.headers) });
    await expect(getAuth().api.verifyTOTP({ body: { code: wrongTotpCode(uri) }, headers: challenge })).rejects.toThrow();
    expect(await db().session.count({ where: { userId } })).toBe(0);
    await getAuth().api.verifyTOTP({ body: { code: totpCode(uri) }, headers: challenge });
    expect(await db().session.count({ where: { userId } })).toBe(1);
  });
});

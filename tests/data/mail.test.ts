import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendClaimRejectedEmail, sendInvitationEmail } from "@/features/accounts/emails";
import { createInvitation } from "@/features/accounts/mutations";
import { getAuth } from "@/lib/auth";
import { listOutbox } from "@/lib/mail";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();
const received: ParsedMail[] = [];
let server: SMTPServer;

beforeAll(async () => {
  // A real SMTP server on the loopback address, started by the test.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SITE_URL = "https://directory.example.org";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function lastMailTo(address: string): Promise<ParsedMail> {
  await expect.poll(() => received.some((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address)).toBe(true);
  return received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address).at(-1) as ParsedMail;
}

describe("email", () => {
  it("delivers an invitation over SMTP in the invited person's language, with a one-time link to this site", async () => {
    const { token } = await createInvitation({ email: "nueva@example.org", role: "editor", organizationId: undefined, locale: "es" }, { id: null, name: "Test", role: "admin" });
    expect(await sendInvitationEmail({ to: "nueva@example.org", locale: "es", role: "moderator", organizationName: null, inviterName: "Ana", token })).toBe(true);
    const mail = await lastMailTo("nueva@example.org");
    const spanish = JSON.parse(fs.readFileSync("messages/es.json", "utf8")) as { Email: { invitationSubject: string } };
    expect(mail.subject).toBe(spanish.Email.invitationSubject);
    expect(mail.headers.get("content-language")).toBe("es");
    expect(mail.text).toContain(`https://directory.example.org/es/portal/invitation?token=${token}`);
    expect(mail.html).toBe(false);
  });

  it("delivers a password reset link the auth library asked for, in the account's language, and nothing for an unknown address", async () => {
    const created = await getAuth().api.createUser({ body: { email: "reset@example.org", password: "a long enough password", name: "Reset Person" } });
    await db().user.update({ where: { id: created.user.id }, data: { locale: "ar" } });
    await getAuth().api.requestPasswordReset({ body: { email: "reset@example.org" } });
    const mail = await lastMailTo("reset@example.org");
    expect(mail.headers.get("content-language")).toBe("ar");
    expect(mail.text).toMatch(/https:\/\/directory\.example\.org\/ar\/portal\/reset-password\?token=[A-Za-z0-9_-]+/);
    const before = received.length;
    await getAuth().api.requestPasswordReset({ body: { email: "nobody@example.org" } });
    expect(received.length).toBe(before);
  });

  it("writes to the outbox folder when no SMTP server is configured", async () => {
    const smtp = process.env.SMTP_URL;
    const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-outbox-"));
    delete process.env.SMTP_URL;
    process.env.MAIL_OUTBOX_DIR = outbox;
    try {
      expect(await sendClaimRejectedEmail({ to: "claimant@example.org", locale: "fr", organizationName: "Aide Juridique", reason: "Nous n’avons pas pu confirmer." })).toBe(true);
      const [message] = await listOutbox();
      expect(message).toMatchObject({ to: "claimant@example.org", locale: "fr" });
      expect(message?.text).toContain("Nous n’avons pas pu confirmer.");
      expect((fs.statSync(path.join(outbox, `${message?.id}.json`)).mode & 0o777).toString(8)).toBe("600");
    } finally {
      process.env.SMTP_URL = smtp;
      delete process.env.MAIL_OUTBOX_DIR;
      fs.rmSync(outbox, { recursive: true, force: true });
    }
  });
});

import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { logger } from "./logger";
import { siteUrl } from "./site-url";

/**
 * Email to staff and to people who claim a listing (docs/decisions/016-email.md):
 * plain text (no images, no tracking), in the recipient's language, sent
 * over SMTP when SMTP_URL is set (smtp://user:pass@host:587, smtps://... for
 * TLS from the start), and otherwise written to the outbox folder
 * (MAIL_OUTBOX_DIR, by default data/outbox), which admins read in the admin
 * area, so the whole flow works on one machine with nothing configured.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The language the message is written in. */
  locale: string;
}

/** A message as the outbox keeps it. */
export interface OutboxMessage extends OutgoingMail {
  id: string;
  from: string;
  date: string;
}

export function outboxDirectory(): string {
  return process.env.MAIL_OUTBOX_DIR?.trim() || path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "outbox");
}

function sender(): string {
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return configured;
  return `Know-Your-Rights Directory <no-reply@${new URL(siteUrl()).hostname}>`;
}

const globalForMail = globalThis as unknown as { kyrMailTransport?: { url: string; transport: Transporter } };

function smtpTransport(url: string): Transporter {
  if (globalForMail.kyrMailTransport?.url !== url) {
    globalForMail.kyrMailTransport = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForMail.kyrMailTransport.transport;
}

/** Sends one message; throws when the SMTP server refuses it or the outbox cannot be written. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const from = sender();
  const smtpUrl = process.env.SMTP_URL?.trim();
  if (smtpUrl) {
    await smtpTransport(smtpUrl).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, headers: { "Content-Language": mail.locale } });
    return;
  }
  const date = new Date();
  const id = `${date.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`;
  const message: OutboxMessage = { id, from, date: date.toISOString(), ...mail };
  const directory = outboxDirectory();
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  await fs.writeFile(path.join(directory, `${id}.json`), JSON.stringify(message, null, 2), { mode: 0o600 });
}

/** Sends a message and reports whether it went; a failure is logged without the message, and the caller tells the person. */
export async function trySendMail(mail: OutgoingMail): Promise<boolean> {
  try {
    await sendMail(mail);
    return true;
  } catch (error) {
    logger.error({ source: "mail", error: error instanceof Error ? error.name : "unknown" }, "A message could not be sent");
    return false;
  }
}

const OUTBOX_FILE = /^[0-9TZ-]+-[0-9a-f]{8}\.json$/;

/** The outbox's messages, newest first (for admins). */
export async function listOutbox(limit = 200): Promise<OutboxMessage[]> {
  let files: string[];
  try {
    files = await fs.readdir(outboxDirectory());
  } catch {
    return [];
  }
  const newest = files.filter((file) => OUTBOX_FILE.test(file)).sort().reverse().slice(0, limit);
  const messages = await Promise.all(newest.map((file) => readOutboxMessage(file.replace(/\.json$/, ""))));
  return messages.flatMap((message) => (message ? [message] : []));
}

export async function readOutboxMessage(id: string): Promise<OutboxMessage | null> {
  if (!OUTBOX_FILE.test(`${id}.json`)) return null;
  try {
    return JSON.parse(await fs.readFile(path.join(outboxDirectory(), `${id}.json`), "utf8")) as OutboxMessage;
  } catch {
    return null;
  }
}

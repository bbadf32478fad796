import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs staff cookies and encrypts two-factor secrets.
 * BETTER_AUTH_SECRET wins; without it, `npm install` (and `npm start`, if the
 * file went missing) writes a random one to data/auth-secret, readable by
 * this user only, so that a machine with nothing configured still works.
 * Several app instances must share one secret: set BETTER_AUTH_SECRET.
 */
export const AUTH_SECRET_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "auth-secret");

/** Writes data/auth-secret if BETTER_AUTH_SECRET is not set and the file does not exist yet; says whether it wrote one. */
export function ensureAuthSecretFile(): boolean {
  if (process.env.BETTER_AUTH_SECRET?.trim() || fs.existsSync(AUTH_SECRET_FILE)) return false;
  fs.mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
  // "wx": never overwrite a secret another process wrote a moment ago.
  try {
    fs.writeFileSync(AUTH_SECRET_FILE, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  return true;
}

export function readAuthSecret(): string {
  const configured = process.env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  ensureAuthSecretFile();
  const secret = fs.readFileSync(AUTH_SECRET_FILE, "utf8").trim();
  if (secret.length < 32) throw new Error(`${AUTH_SECRET_FILE} holds no usable secret; delete it to make a new one, or set BETTER_AUTH_SECRET`);
  return secret;
}

import { URI, type TOTP } from "otpauth";

/** The current code of an authenticator app set up with this otpauth:// URI (or its bare base32 secret). */
export function totpCode(uriOrSecret: string, at = Date.now()): string {
  const uri = uriOrSecret.startsWith("otpauth://") ? uriOrSecret : `otpauth://totp/Test?secret=${uriOrSecret}&period=30&digits=6&algorithm=SHA1`;
  return (URI.parse(uri) as TOTP).generate({ timestamp: at });
}

/** A six-digit code that is not the current one. */
export function wrongTotpCode(uriOrSecret: string): string {
  const right = totpCode(uriOrSecret);
  return right === "000000" ? "111111" : "000000";
}

/** US phone numbers are stored in E.164 (+13125550123); isomorphic helpers. */

/** "(312) 555-0123", or the stored text when it is not a US number. */
export function formatUsPhoneNumber(e164: string, extension?: string | null): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  const base = match ? `(${match[1]}) ${match[2]}-${match[3]}` : e164;
  return extension ? `${base} ext. ${extension}` : base;
}

export function telHref(e164: string, extension?: string | null): string {
  return extension ? `tel:${e164},${extension}` : `tel:${e164}`;
}

export function smsHref(e164: string): string {
  return `sms:${e164}`;
}

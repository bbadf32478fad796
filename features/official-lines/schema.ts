import { z } from "zod";
import { normalizeUsPhoneNumber } from "@/features/listings/editor-form";
import { usPhoneNumberSchema } from "@/features/listings/schema";

/** Government lines are checked against their sources at least this often (../shared/official-lines.md). */
export const OFFICIAL_LINE_STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a line has gone unchecked for longer than its review cycle. */
export function isOfficialLineStale(checkedAt: Date, now: Date): boolean {
  return now.getTime() - checkedAt.getTime() > OFFICIAL_LINE_STALE_AFTER_DAYS * DAY_MS;
}

const httpsAddress = z.url({ protocol: /^https$/, error: "httpsUrl" }).max(500, { error: "httpsUrl" });

/**
 * What an admin may change about a government line: how to reach it and the
 * agency pages it was checked against. Its texts (name, purpose, caution)
 * are translated into every language and change with the code, through a
 * data migration, so they never drift apart between languages.
 */
export const officialLineUpdateSchema = z
  .object({
    slug: z.string().min(1).max(100),
    /** Typed as people write numbers ("(800) 898-7180"); stored as E.164. */
    phone: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : normalizeUsPhoneNumber(value)))
      .pipe(usPhoneNumberSchema.nullable()),
    website: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : value))
      .pipe(httpsAddress.nullable()),
    email: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : value))
      .pipe(z.email({ error: "emailFormat" }).max(254, { error: "emailFormat" }).nullable()),
    sources: z
      .string()
      .max(3_000, { error: "sourcesRequired" })
      .transform((value) => value.split(/\s+/).filter(Boolean))
      .pipe(z.array(httpsAddress).min(1, { error: "sourcesRequired" }).max(5, { error: "sourcesRequired" })),
  })
  .refine((line) => line.phone !== null || line.website !== null, { error: "contactRequired", path: ["phone"] });

export type OfficialLineUpdate = z.infer<typeof officialLineUpdateSchema>;

import { z } from "zod";
import { TRANSLATION_SOURCES } from "@/features/listings/schema";

export const LEGAL_REVIEW_STATUSES = ["pending_review", "reviewed"] as const;
export type LegalReviewStatus = (typeof LEGAL_REVIEW_STATUSES)[number];

export const kyrMaterialInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  sortOrder: z.number().int(),
  lastReviewedAt: z.date(),
  sources: z.array(z.object({ citation: z.string().min(3).max(500), url: z.url().optional() })).min(1),
  translations: z
    .array(
      z.object({
        locale: z.string().regex(/^[a-z]{2,3}$/),
        title: z.string().trim().min(3).max(200),
        summary: z.string().trim().min(10).max(1_000),
        body: z.string().trim().min(50).max(50_000),
        source: z.enum(TRANSLATION_SOURCES).default("original"),
      }),
    )
    .min(1),
});

export type KyrMaterialInput = z.output<typeof kyrMaterialInputSchema>;
export type KyrMaterialInputDraft = z.input<typeof kyrMaterialInputSchema>;

/**
 * A legal review recorded by a moderator: which guide, who reviewed it (name
 * and, for an attorney, the bar where they are admitted) and on which day.
 */
export const legalReviewInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown guide"),
  reviewedBy: z.string().trim().min(3, "Say who reviewed the guide").max(200),
  reviewedAt: z.coerce
    .date()
    .refine((date) => date.getTime() <= Date.now(), "A review cannot be dated in the future"),
});

export type LegalReviewInput = z.output<typeof legalReviewInputSchema>;

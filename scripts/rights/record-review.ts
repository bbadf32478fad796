/**
 * `npm run rights:review -- <slug> "<reviewer>" [YYYY-MM-DD]`: records that an
 * immigration attorney reviewed a know-your-rights guide (DATABASE_URL), so
 * readers see it as reviewed. The date defaults to today. Reloading the guides
 * from their files keeps the review.
 */
import { recordLegalReview } from "@/features/rights/mutations";
import { legalReviewInputSchema } from "@/features/rights/schema";
import { getDatabase } from "@/lib/db";

async function main(): Promise<void> {
  const [slug, reviewedBy, reviewedAt = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
  const parsed = legalReviewInputSchema.safeParse({ slug, reviewedBy, reviewedAt });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
    console.error('Usage: npm run rights:review -- <slug> "<reviewer name, bar admission>" [YYYY-MM-DD]');
    process.exitCode = 2;
    return;
  }
  const recorded = await recordLegalReview(parsed.data, { id: null, name: "npm run rights:review", role: "system" });
  await getDatabase().$disconnect();
  if (!recorded) {
    console.error(`No guide has the slug "${parsed.data.slug}".`);
    process.exitCode = 1;
    return;
  }
  console.log(`Recorded the legal review of ${parsed.data.slug} by ${parsed.data.reviewedBy} on ${parsed.data.reviewedAt.toISOString().slice(0, 10)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

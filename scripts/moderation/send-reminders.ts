/**
 * `npm run reminders`: emails the editors of listings unverified for over 180
 * days (DATABASE_URL; SMTP_URL, or the outbox folder), and erases the
 * reporters' and claimants' details kept past their 90 days. Run it daily,
 * for example from cron.
 */
import { sendStaleListingReminders } from "@/features/moderation/reminders";
import { getDatabase } from "@/lib/db";

async function main(): Promise<void> {
  const run = await sendStaleListingReminders();
  await getDatabase().$disconnect();
  console.log(`Reminded the editors of ${run.listings} listing(s) (${run.emails} email(s)${run.failedEmails ? `, ${run.failedEmails} not sent` : ""}).`);
  console.log(`Erased the contact details of ${run.erasedReportContacts} problem report(s) and ${run.erasedClaims} request(s) to edit a listing.`);
  if (run.failedEmails > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

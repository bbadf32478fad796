import "server-only";
import { sendStaleReminderEmail } from "@/features/accounts/emails";
import { listListingsToRemind } from "./data";
import { erasePersonalDetails, markStaleReminderSent } from "./mutations";

export interface ReminderRun {
  listings: number;
  emails: number;
  failedEmails: number;
  erasedReportContacts: number;
  erasedClaims: number;
}

/**
 * `npm run reminders`: every editor of a listing unverified for over 180
 * days gets a reminder in their language (at most one every 30 days per
 * listing), and the personal details kept past their 90 days are erased.
 */
export async function sendStaleListingReminders(now = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { listings: 0, emails: 0, failedEmails: 0, erasedReportContacts: 0, erasedClaims: 0 };
  for (const listing of await listListingsToRemind(now)) {
    let sent = 0;
    for (const editor of listing.editors) {
      if (await sendStaleReminderEmail(editor, { organizationName: listing.name, organizationSlug: listing.slug, daysSinceVerified: listing.daysSinceVerified })) sent++;
      else run.failedEmails++;
    }
    if (sent > 0) {
      await markStaleReminderSent(listing.id, now);
      run.listings++;
      run.emails += sent;
    }
  }
  const erased = await erasePersonalDetails(now);
  run.erasedReportContacts = erased.reports;
  run.erasedClaims = erased.claims;
  return run;
}

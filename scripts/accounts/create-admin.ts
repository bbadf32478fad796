/**
 * `npm run admin:create -- <email> [--locale es]`: the first administrator of
 * a deployment (and any later one, for whoever runs the server). Prints a
 * one-time link that sets up the account; it works for seven days and only
 * once. The person then sets up two-factor sign-in before anything else.
 */
import { invitationLink } from "@/features/accounts/emails";
import { INVITATION_DAYS } from "@/features/accounts/limits";
import { createInvitation } from "@/features/accounts/mutations";
import { invitationSchema } from "@/features/accounts/schema";
import { getDatabase } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const localeFlag = args.indexOf("--locale");
  const locale = localeFlag === -1 ? "en" : args[localeFlag + 1];
  const email = args.find((arg, index) => !arg.startsWith("--") && (localeFlag === -1 || index !== localeFlag + 1));
  const parsed = invitationSchema.safeParse({ email, role: "admin", locale });
  if (!parsed.success) {
    console.error("Usage: npm run admin:create -- <email> [--locale <language code>]");
    console.error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
    process.exitCode = 2;
    return;
  }
  const { token } = await createInvitation(parsed.data, { id: null, name: "npm run admin:create", role: "system" });
  await getDatabase().$disconnect();
  console.log(`An administrator invitation for ${parsed.data.email} is ready. Open this link to set up the account`);
  console.log(`(it works once, for ${INVITATION_DAYS} days; SITE_URL is ${siteUrl()}):`);
  console.log("");
  console.log(invitationLink(parsed.data.locale, token));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

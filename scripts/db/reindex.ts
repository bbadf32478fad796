/**
 * `npm run db:reindex`: recomputes the keyword-search text of every service
 * in DATABASE_URL. With --missing, only services that have none yet (run by
 * `npm install` and `npm start` after migrations that add the column).
 */
import { rebuildSearchText } from "@/features/listings/mutations";
import { getDatabase } from "@/lib/db";

async function main(): Promise<void> {
  const onlyMissing = process.argv.includes("--missing");
  const updated = await rebuildSearchText({ onlyMissing });
  if (updated > 0 || !onlyMissing) console.log(`Recomputed the search text of ${updated} services.`);
  await getDatabase().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

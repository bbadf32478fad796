/**
 * `npm run db:reindex`: rebuilds the search index (the SearchEntry, SearchText and SearchCard tables) of
 * DATABASE_URL from its listings. With --missing, only when the index is
 * empty while listings exist (run by `npm install` and `npm start` after the
 * migration that added it).
 */
import { rebuildSearchIndex, searchIndexIsMissing } from "@/features/listings/mutations";
import { getDatabase } from "@/lib/db";

async function main(): Promise<void> {
  if (process.argv.includes("--missing") && !(await searchIndexIsMissing())) return;
  const started = Date.now();
  const organizations = await rebuildSearchIndex();
  console.log(`Rebuilt the search index of ${organizations} organizations in ${Date.now() - started} ms.`);
  await getDatabase().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * The e2e database as the test processes reach it: through the site's own
 * data layer (never raw SQL), for the specs that prepare moderation work or
 * check what a journey wrote. Importing this points the data layer at the
 * test server's database.
 */
import { E2E_DATABASE_FILE } from "./e2e-data";

process.env.DATABASE_URL = `file:${E2E_DATABASE_FILE}`;

export { getDatabase } from "@/lib/db";

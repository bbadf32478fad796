/**
 * `npm run db:seed`: replaces the sample listings and loads the
 * know-your-rights materials, with every date relative to today. Safe to run
 * again; listings that are not sample data are never touched.
 *
 * `npm run db:seed -- --no-samples`: deletes every sample listing (and what
 * hangs off it: its translations, search entries, cards and the changes,
 * claims and reports about it) and keeps the rights guides and the
 * government lines: an empty directory, ready for real listings.
 */
import { pathToFileURL } from "node:url";
import { listingInputSchema } from "@/features/listings/schema";
import { replaceSampleListings } from "@/features/listings/mutations";
import { kyrMaterialInputSchema } from "@/features/rights/schema";
import { upsertKyrMaterials } from "@/features/rights/mutations";
import { getDatabase } from "@/lib/db";
import { readKyrMaterials } from "./kyr-files";
import { buildSampleListings } from "./sample-listings";

export async function seedSampleData(now = new Date(), options: { samples: boolean } = { samples: true }): Promise<{ organizations: number; services: number; materials: number }> {
  const listings = options.samples ? buildSampleListings(now).map((listing) => listingInputSchema.parse(listing)) : [];
  const materials = readKyrMaterials(now).map((material) => kyrMaterialInputSchema.parse(material));
  await replaceSampleListings(listings);
  await upsertKyrMaterials(materials);
  return {
    organizations: listings.length,
    services: listings.reduce((sum, listing) => sum + listing.services.length, 0),
    materials: materials.length,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const samples = !process.argv.includes("--no-samples");
  const counts = await seedSampleData(new Date(), { samples });
  console.log(
    samples
      ? `Seeded ${counts.organizations} sample organizations with ${counts.services} services and ${counts.materials} know-your-rights materials in ${Date.now() - started} ms.`
      : `Removed every sample listing and loaded ${counts.materials} know-your-rights materials in ${Date.now() - started} ms. The government lines stay; the directory is ready for real listings.`,
  );
  await getDatabase().$disconnect();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * `npm run db:seed`: replaces the sample listings and loads the
 * know-your-rights materials, with every date relative to today. Safe to run
 * again; listings that are not sample data are never touched.
 */
import { pathToFileURL } from "node:url";
import { listingInputSchema } from "@/features/listings/schema";
import { replaceSampleListings } from "@/features/listings/mutations";
import { kyrMaterialInputSchema } from "@/features/rights/schema";
import { upsertKyrMaterials } from "@/features/rights/mutations";
import { getDatabase } from "@/lib/db";
import { readKyrMaterials } from "./kyr-files";
import { buildSampleListings } from "./sample-listings";

export async function seedSampleData(now = new Date()): Promise<{ organizations: number; services: number; materials: number }> {
  const listings = buildSampleListings(now).map((listing) => listingInputSchema.parse(listing));
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
  const counts = await seedSampleData();
  console.log(
    `Seeded ${counts.organizations} sample organizations with ${counts.services} services and ${counts.materials} know-your-rights materials in ${Date.now() - started} ms.`,
  );
  await getDatabase().$disconnect();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

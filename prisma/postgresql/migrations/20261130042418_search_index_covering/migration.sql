-- DropIndex
DROP INDEX "SearchEntry_latitude_longitude_idx";

-- DropIndex
DROP INDEX "SearchEntry_areaKind_areaCode_idx";

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "longitudeStrip" INTEGER;

-- Backfill: existing office rows get their strip (Math.trunc(longitude * 10), as
-- features/listings/search-index.ts computes it for new rows).
UPDATE "SearchEntry" SET "longitudeStrip" = TRUNC("longitude" * 10)::INTEGER WHERE "longitude" IS NOT NULL;

-- CreateIndex
CREATE INDEX "SearchEntry_office_idx" ON "SearchEntry"("longitudeStrip", "latitude", "longitude", "verifiedDay", "attributes", "serviceId", "organizationId", "locationId", "languages");

-- CreateIndex
CREATE INDEX "SearchEntry_area_idx" ON "SearchEntry"("areaKind", "areaCode", "verifiedDay", "attributes", "serviceId", "organizationId", "languages", "radiusMiles", "centerLatitude", "centerLongitude");


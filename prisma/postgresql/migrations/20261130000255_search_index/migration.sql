-- AlterTable
ALTER TABLE "Service" DROP COLUMN "searchText";

-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "locationId" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "areaKind" "ServiceAreaKind",
    "areaCode" TEXT,
    "radiusMiles" DOUBLE PRECISION,
    "centerLatitude" DOUBLE PRECISION,
    "centerLongitude" DOUBLE PRECISION,
    "verifiedAt" TIMESTAMP(3),
    "taxonomy" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "costs" TEXT NOT NULL,
    "safety" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchEntry_latitude_longitude_idx" ON "SearchEntry"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "SearchEntry_areaKind_areaCode_idx" ON "SearchEntry"("areaKind", "areaCode");

-- CreateIndex
CREATE INDEX "SearchEntry_organizationId_idx" ON "SearchEntry"("organizationId");


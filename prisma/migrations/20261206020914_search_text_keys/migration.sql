-- CreateTable
CREATE TABLE "SearchText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "keys" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "locationId" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "longitudeStrip" INTEGER,
    "areaKind" TEXT,
    "areaCode" TEXT,
    "radiusMiles" REAL,
    "centerLatitude" REAL,
    "centerLongitude" REAL,
    "verifiedDay" INTEGER NOT NULL,
    "attributes" INTEGER NOT NULL,
    "languages" TEXT NOT NULL
);
INSERT INTO "new_SearchEntry" ("areaCode", "areaKind", "attributes", "centerLatitude", "centerLongitude", "id", "languages", "latitude", "locationId", "longitude", "longitudeStrip", "organizationId", "radiusMiles", "serviceId", "verifiedDay") SELECT "areaCode", "areaKind", "attributes", "centerLatitude", "centerLongitude", "id", "languages", "latitude", "locationId", "longitude", "longitudeStrip", "organizationId", "radiusMiles", "serviceId", "verifiedDay" FROM "SearchEntry";
DROP TABLE "SearchEntry";
ALTER TABLE "new_SearchEntry" RENAME TO "SearchEntry";
CREATE INDEX "SearchEntry_office_idx" ON "SearchEntry"("longitudeStrip", "latitude", "longitude", "verifiedDay", "attributes", "serviceId", "organizationId", "locationId", "languages");
CREATE INDEX "SearchEntry_area_idx" ON "SearchEntry"("areaKind", "areaCode", "verifiedDay", "attributes", "serviceId", "organizationId", "languages", "radiusMiles", "centerLatitude", "centerLongitude");
CREATE INDEX "SearchEntry_organizationId_idx" ON "SearchEntry"("organizationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SearchText_organizationId_idx" ON "SearchText"("organizationId");


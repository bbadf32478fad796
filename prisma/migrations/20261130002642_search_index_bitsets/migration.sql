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
    "areaKind" TEXT,
    "areaCode" TEXT,
    "radiusMiles" REAL,
    "centerLatitude" REAL,
    "centerLongitude" REAL,
    "verifiedDay" INTEGER NOT NULL,
    "attributes" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    "searchText" TEXT NOT NULL
);
-- The search index is derived data: it is not copied but rebuilt from the
-- listings (npm install and npm start run `npm run db:reindex -- --missing`).
DROP TABLE "SearchEntry";
ALTER TABLE "new_SearchEntry" RENAME TO "SearchEntry";
CREATE INDEX "SearchEntry_latitude_longitude_idx" ON "SearchEntry"("latitude", "longitude");
CREATE INDEX "SearchEntry_areaKind_areaCode_idx" ON "SearchEntry"("areaKind", "areaCode");
CREATE INDEX "SearchEntry_organizationId_idx" ON "SearchEntry"("organizationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


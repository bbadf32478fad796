-- CreateTable
CREATE TABLE "SearchEntry" (
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
    "verifiedAt" DATETIME,
    "taxonomy" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "costs" TEXT NOT NULL,
    "safety" TEXT NOT NULL,
    "searchText" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Service" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'legal_service',
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "eligibilityDescription" TEXT,
    "applicationProcess" TEXT,
    "feesDescription" TEXT,
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "capacityStatus" TEXT,
    "capacityUpdatedAt" DATETIME,
    "hotlinePurpose" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("alternateName", "applicationProcess", "capacityStatus", "capacityUpdatedAt", "createdAt", "description", "eligibilityDescription", "email", "feesDescription", "hotlinePurpose", "id", "kind", "maximumAge", "minimumAge", "name", "organizationId", "slug", "status", "updatedAt", "url") SELECT "alternateName", "applicationProcess", "capacityStatus", "capacityUpdatedAt", "createdAt", "description", "eligibilityDescription", "email", "feesDescription", "hotlinePurpose", "id", "kind", "maximumAge", "minimumAge", "name", "organizationId", "slug", "status", "updatedAt", "url" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE INDEX "Service_kind_status_idx" ON "Service"("kind", "status");
CREATE UNIQUE INDEX "Service_organizationId_slug_key" ON "Service"("organizationId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SearchEntry_latitude_longitude_idx" ON "SearchEntry"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "SearchEntry_areaKind_areaCode_idx" ON "SearchEntry"("areaKind", "areaCode");

-- CreateIndex
CREATE INDEX "SearchEntry_organizationId_idx" ON "SearchEntry"("organizationId");


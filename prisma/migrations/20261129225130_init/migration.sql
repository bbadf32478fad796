-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT NOT NULL,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "email" TEXT,
    "website" TEXT,
    "yearIncorporated" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'active',
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" DATETIME,
    "verifiedBy" TEXT,
    "verificationNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Service" (
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

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "taxonomy" TEXT NOT NULL DEFAULT 'kyr-legal-services',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "parentId" TEXT,
    CONSTRAINT "TaxonomyTerm_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "TaxonomyTerm" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceTaxonomyTerm" (
    "serviceId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,

    PRIMARY KEY ("serviceId", "termId"),
    CONSTRAINT "ServiceTaxonomyTerm_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceTaxonomyTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "timezone" TEXT NOT NULL,
    "transportation" TEXT,
    "accessibility" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Location_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'physical',
    "attention" TEXT,
    "address1" TEXT NOT NULL,
    "address2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'US',
    "countyFips" TEXT,
    CONSTRAINT "Address_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "description" TEXT,
    CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "serviceId" TEXT,
    "locationId" TEXT,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "type" TEXT NOT NULL DEFAULT 'voice',
    "isHotline" BOOLEAN NOT NULL DEFAULT false,
    "acceptsText" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Phone_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Phone_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT,
    "locationId" TEXT,
    "serviceAtLocationId" TEXT,
    "timezone" TEXT NOT NULL,
    "isAlwaysOpen" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "notes" TEXT,
    CONSTRAINT "Schedule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Schedule_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Schedule_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,
    CONSTRAINT "OpeningHours_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT,
    "radiusMiles" REAL,
    "centerLatitude" REAL,
    "centerLongitude" REAL,
    "description" TEXT,
    CONSTRAINT "ServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Language" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "serviceId" TEXT,
    "locationId" TEXT,
    "phoneId" TEXT,
    "note" TEXT,
    CONSTRAINT "Language_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Language_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Language_phoneId_fkey" FOREIGN KEY ("phoneId") REFERENCES "Phone" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CostOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" REAL,
    "currency" TEXT,
    "description" TEXT,
    CONSTRAINT "CostOption_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Accreditation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT,
    "validUntil" DATETIME,
    CONSTRAINT "Accreditation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SafetyStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT 'unknown',
    "vettedAt" DATETIME,
    CONSTRAINT "SafetyStatement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KyrMaterial" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "lastReviewedAt" DATETIME NOT NULL,
    "legalReviewStatus" TEXT NOT NULL DEFAULT 'pending_review',
    "legalReviewedAt" DATETIME,
    "legalReviewedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KyrMaterialTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "materialId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'original',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KyrMaterialTranslation_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "KyrMaterial" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KyrSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "materialId" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "url" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "KyrSource_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "KyrMaterial" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProblemReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "contact" TEXT,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "moderatorNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ProblemReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_status_isPublished_verifiedAt_idx" ON "Organization"("status", "isPublished", "verifiedAt");

-- CreateIndex
CREATE INDEX "Service_kind_status_idx" ON "Service"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Service_organizationId_slug_key" ON "Service"("organizationId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_slug_key" ON "TaxonomyTerm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_code_key" ON "TaxonomyTerm"("code");

-- CreateIndex
CREATE INDEX "ServiceTaxonomyTerm_termId_idx" ON "ServiceTaxonomyTerm"("termId");

-- CreateIndex
CREATE INDEX "Location_latitude_longitude_idx" ON "Location"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "Location_organizationId_idx" ON "Location"("organizationId");

-- CreateIndex
CREATE INDEX "Address_locationId_idx" ON "Address"("locationId");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_locationId_idx" ON "ServiceAtLocation"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAtLocation_serviceId_locationId_key" ON "ServiceAtLocation"("serviceId", "locationId");

-- CreateIndex
CREATE INDEX "Phone_organizationId_idx" ON "Phone"("organizationId");

-- CreateIndex
CREATE INDEX "Phone_serviceId_idx" ON "Phone"("serviceId");

-- CreateIndex
CREATE INDEX "Phone_locationId_idx" ON "Phone"("locationId");

-- CreateIndex
CREATE INDEX "Phone_isHotline_idx" ON "Phone"("isHotline");

-- CreateIndex
CREATE INDEX "Schedule_serviceId_idx" ON "Schedule"("serviceId");

-- CreateIndex
CREATE INDEX "Schedule_locationId_idx" ON "Schedule"("locationId");

-- CreateIndex
CREATE INDEX "Schedule_serviceAtLocationId_idx" ON "Schedule"("serviceAtLocationId");

-- CreateIndex
CREATE INDEX "OpeningHours_scheduleId_idx" ON "OpeningHours"("scheduleId");

-- CreateIndex
CREATE INDEX "ServiceArea_kind_code_idx" ON "ServiceArea"("kind", "code");

-- CreateIndex
CREATE INDEX "ServiceArea_serviceId_idx" ON "ServiceArea"("serviceId");

-- CreateIndex
CREATE INDEX "Language_code_idx" ON "Language"("code");

-- CreateIndex
CREATE INDEX "Language_serviceId_idx" ON "Language"("serviceId");

-- CreateIndex
CREATE INDEX "Language_locationId_idx" ON "Language"("locationId");

-- CreateIndex
CREATE INDEX "Language_phoneId_idx" ON "Language"("phoneId");

-- CreateIndex
CREATE INDEX "CostOption_serviceId_idx" ON "CostOption"("serviceId");

-- CreateIndex
CREATE INDEX "CostOption_kind_idx" ON "CostOption"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Accreditation_organizationId_kind_key" ON "Accreditation"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "SafetyStatement_kind_answer_idx" ON "SafetyStatement"("kind", "answer");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyStatement_organizationId_kind_key" ON "SafetyStatement"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "Translation_entityId_locale_idx" ON "Translation"("entityId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_entityType_entityId_field_locale_key" ON "Translation"("entityType", "entityId", "field", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "KyrMaterial_slug_key" ON "KyrMaterial"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "KyrMaterialTranslation_materialId_locale_key" ON "KyrMaterialTranslation"("materialId", "locale");

-- CreateIndex
CREATE INDEX "KyrSource_materialId_idx" ON "KyrSource"("materialId");

-- CreateIndex
CREATE INDEX "ProblemReport_status_createdAt_idx" ON "ProblemReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ProblemReport_organizationId_idx" ON "ProblemReport"("organizationId");

-- CreateIndex
CREATE INDEX "ChangeRecord_entityType_entityId_idx" ON "ChangeRecord"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ChangeRecord_createdAt_idx" ON "ChangeRecord"("createdAt");


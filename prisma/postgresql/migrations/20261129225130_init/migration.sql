-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('active', 'inactive', 'defunct', 'temporarily_closed');

-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('legal_service', 'hotline');

-- CreateEnum
CREATE TYPE "CapacityStatus" AS ENUM ('accepting', 'waitlist', 'not_accepting');

-- CreateEnum
CREATE TYPE "ServiceAreaKind" AS ENUM ('nationwide', 'state', 'county', 'zip', 'radius');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('voice', 'text', 'fax');

-- CreateEnum
CREATE TYPE "HotlinePurpose" AS ENUM ('rapid_response', 'detention_help', 'legal_intake', 'family_support');

-- CreateEnum
CREATE TYPE "AccreditationKind" AS ENUM ('doj_recognized', 'accredited_representative', 'attorney_led');

-- CreateEnum
CREATE TYPE "SafetyStatementKind" AS ENUM ('no_status_questions', 'no_data_sharing', 'serves_detained', 'walk_in', 'remote_intake', 'free_consultation');

-- CreateEnum
CREATE TYPE "SafetyAnswer" AS ENUM ('yes', 'no', 'unknown');

-- CreateEnum
CREATE TYPE "CostKind" AS ENUM ('free', 'sliding_scale', 'fixed_fee');

-- CreateEnum
CREATE TYPE "TranslationSource" AS ENUM ('original', 'professional', 'community', 'machine');

-- CreateEnum
CREATE TYPE "TranslatableEntity" AS ENUM ('organization', 'service', 'location', 'phone');

-- CreateEnum
CREATE TYPE "LegalReviewStatus" AS ENUM ('pending_review', 'reviewed');

-- CreateEnum
CREATE TYPE "ProblemReportCategory" AS ENUM ('wrong_phone', 'wrong_address', 'wrong_hours', 'closed_or_moved', 'not_accepting_cases', 'suspected_fraud', 'other');

-- CreateEnum
CREATE TYPE "ProblemReportStatus" AS ENUM ('open', 'in_review', 'resolved', 'dismissed');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT NOT NULL,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "email" TEXT,
    "website" TEXT,
    "yearIncorporated" INTEGER,
    "status" "ListingStatus" NOT NULL DEFAULT 'active',
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" TIMESTAMP(3),
    "verifiedBy" TEXT,
    "verificationNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ServiceKind" NOT NULL DEFAULT 'legal_service',
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "status" "ListingStatus" NOT NULL DEFAULT 'active',
    "eligibilityDescription" TEXT,
    "applicationProcess" TEXT,
    "feesDescription" TEXT,
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "capacityStatus" "CapacityStatus",
    "capacityUpdatedAt" TIMESTAMP(3),
    "hotlinePurpose" "HotlinePurpose",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "taxonomy" TEXT NOT NULL DEFAULT 'kyr-legal-services',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "parentId" TEXT,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTaxonomyTerm" (
    "serviceId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,

    CONSTRAINT "ServiceTaxonomyTerm_pkey" PRIMARY KEY ("serviceId","termId")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "timezone" TEXT NOT NULL,
    "transportation" TEXT,
    "accessibility" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "serviceId" TEXT,
    "locationId" TEXT,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "type" "PhoneType" NOT NULL DEFAULT 'voice',
    "isHotline" BOOLEAN NOT NULL DEFAULT false,
    "acceptsText" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT,
    "locationId" TEXT,
    "serviceAtLocationId" TEXT,
    "timezone" TEXT NOT NULL,
    "isAlwaysOpen" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "notes" TEXT,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "kind" "ServiceAreaKind" NOT NULL,
    "code" TEXT,
    "radiusMiles" DOUBLE PRECISION,
    "centerLatitude" DOUBLE PRECISION,
    "centerLongitude" DOUBLE PRECISION,
    "description" TEXT,

    CONSTRAINT "ServiceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Language" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "serviceId" TEXT,
    "locationId" TEXT,
    "phoneId" TEXT,
    "note" TEXT,

    CONSTRAINT "Language_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostOption" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "kind" "CostKind" NOT NULL,
    "amount" DOUBLE PRECISION,
    "currency" TEXT,
    "description" TEXT,

    CONSTRAINT "CostOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accreditation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "AccreditationKind" NOT NULL,
    "detail" TEXT,
    "validUntil" TIMESTAMP(3),

    CONSTRAINT "Accreditation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyStatement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "SafetyStatementKind" NOT NULL,
    "answer" "SafetyAnswer" NOT NULL DEFAULT 'unknown',
    "vettedAt" TIMESTAMP(3),

    CONSTRAINT "SafetyStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "entityType" "TranslatableEntity" NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" "TranslationSource" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KyrMaterial" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "lastReviewedAt" TIMESTAMP(3) NOT NULL,
    "legalReviewStatus" "LegalReviewStatus" NOT NULL DEFAULT 'pending_review',
    "legalReviewedAt" TIMESTAMP(3),
    "legalReviewedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KyrMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KyrMaterialTranslation" (
    "id" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source" "TranslationSource" NOT NULL DEFAULT 'original',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KyrMaterialTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KyrSource" (
    "id" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "url" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KyrSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemReport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "category" "ProblemReportCategory" NOT NULL,
    "details" TEXT NOT NULL,
    "contact" TEXT,
    "locale" TEXT NOT NULL,
    "status" "ProblemReportStatus" NOT NULL DEFAULT 'open',
    "moderatorNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ProblemReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRecord" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRecord_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTaxonomyTerm" ADD CONSTRAINT "ServiceTaxonomyTerm_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTaxonomyTerm" ADD CONSTRAINT "ServiceTaxonomyTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Language" ADD CONSTRAINT "Language_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Language" ADD CONSTRAINT "Language_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Language" ADD CONSTRAINT "Language_phoneId_fkey" FOREIGN KEY ("phoneId") REFERENCES "Phone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostOption" ADD CONSTRAINT "CostOption_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accreditation" ADD CONSTRAINT "Accreditation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyStatement" ADD CONSTRAINT "SafetyStatement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KyrMaterialTranslation" ADD CONSTRAINT "KyrMaterialTranslation_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "KyrMaterial"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KyrSource" ADD CONSTRAINT "KyrSource_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "KyrMaterial"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemReport" ADD CONSTRAINT "ProblemReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


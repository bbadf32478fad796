-- AlterTable
ALTER TABLE "SearchEntry" DROP COLUMN "searchText";

-- CreateTable
CREATE TABLE "SearchText" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "keys" TEXT NOT NULL,

    CONSTRAINT "SearchText_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchText_organizationId_idx" ON "SearchText"("organizationId");


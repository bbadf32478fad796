-- CreateTable
CREATE TABLE "SearchCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "details" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "SearchCard_organizationId_idx" ON "SearchCard"("organizationId");


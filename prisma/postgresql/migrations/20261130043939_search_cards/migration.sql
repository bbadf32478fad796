-- CreateTable
CREATE TABLE "SearchCard" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "details" TEXT NOT NULL,

    CONSTRAINT "SearchCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchCard_organizationId_idx" ON "SearchCard"("organizationId");


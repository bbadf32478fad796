-- CreateTable
CREATE TABLE "OfficialLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "phone" TEXT,
    "website" TEXT,
    "email" TEXT,
    "guideSlugs" TEXT NOT NULL DEFAULT '',
    "checkedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OfficialLineText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lineId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "caution" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'original',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OfficialLineText_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "OfficialLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfficialLineSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lineId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "OfficialLineSource_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "OfficialLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficialLine_slug_key" ON "OfficialLine"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialLineText_lineId_locale_key" ON "OfficialLineText"("lineId", "locale");

-- CreateIndex
CREATE INDEX "OfficialLineSource_lineId_idx" ON "OfficialLineSource"("lineId");


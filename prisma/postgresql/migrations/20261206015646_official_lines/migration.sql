-- CreateTable
CREATE TABLE "OfficialLine" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "phone" TEXT,
    "website" TEXT,
    "email" TEXT,
    "guideSlugs" TEXT NOT NULL DEFAULT '',
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialLineText" (
    "id" TEXT NOT NULL,
    "lineId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "caution" TEXT NOT NULL,
    "source" "TranslationSource" NOT NULL DEFAULT 'original',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialLineText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialLineSource" (
    "id" TEXT NOT NULL,
    "lineId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfficialLineSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficialLine_slug_key" ON "OfficialLine"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialLineText_lineId_locale_key" ON "OfficialLineText"("lineId", "locale");

-- CreateIndex
CREATE INDEX "OfficialLineSource_lineId_idx" ON "OfficialLineSource"("lineId");

-- AddForeignKey
ALTER TABLE "OfficialLineText" ADD CONSTRAINT "OfficialLineText_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "OfficialLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialLineSource" ADD CONSTRAINT "OfficialLineSource_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "OfficialLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The search index is derived data: emptied here and rebuilt from the listings
-- (`npm run db:reindex` after deploying).
DELETE FROM "SearchEntry";

-- AlterTable
ALTER TABLE "SearchEntry" DROP COLUMN "costs",
DROP COLUMN "safety",
DROP COLUMN "taxonomy",
DROP COLUMN "verifiedAt",
ADD COLUMN     "attributes" INTEGER NOT NULL,
ADD COLUMN     "verifiedDay" INTEGER NOT NULL;


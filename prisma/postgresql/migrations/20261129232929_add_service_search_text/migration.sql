-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';


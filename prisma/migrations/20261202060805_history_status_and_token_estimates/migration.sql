-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "status" TEXT;

-- AlterTable (added in place: redefining Draft would drop the search index's triggers)
ALTER TABLE "Draft" ADD COLUMN "tokensEstimated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "tokensEstimated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "status" "DraftStatus";

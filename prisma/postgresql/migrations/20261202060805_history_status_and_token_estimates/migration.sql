-- AlterEnum
ALTER TYPE "RevisionReason" ADD VALUE 'keep_approved';

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "tokensEstimated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "status" "DraftStatus";

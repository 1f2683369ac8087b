-- AlterTable
ALTER TABLE "BatchJob" ADD COLUMN "claimedBy" TEXT;

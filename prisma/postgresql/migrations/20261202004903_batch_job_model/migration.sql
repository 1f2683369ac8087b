-- AlterTable
ALTER TABLE "BatchJob" ADD COLUMN     "model" TEXT NOT NULL DEFAULT '';

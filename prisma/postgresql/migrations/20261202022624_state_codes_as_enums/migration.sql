-- Status, reasons and length become enums the database enforces. Written by hand instead of the generated
-- drop-and-add, which would lose every draft's status: each column changes type in place (its indexes follow).

-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('generating', 'interrupted', 'draft', 'review', 'approved');

-- CreateEnum
CREATE TYPE "Interruption" AS ENUM ('stopped', 'server_stopped', 'api_refused', 'api_failed', 'save_failed');

-- CreateEnum
CREATE TYPE "PostLength" AS ENUM ('short', 'standard', 'long');

-- CreateEnum
CREATE TYPE "RevisionReason" AS ENUM ('edit', 'regenerate', 'restore', 'reparse');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'done', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "BatchJob"
  ALTER COLUMN "length" DROP DEFAULT,
  ALTER COLUMN "length" TYPE "PostLength" USING "length"::"PostLength",
  ALTER COLUMN "length" SET DEFAULT 'standard',
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "JobStatus" USING "status"::"JobStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

-- AlterTable
ALTER TABLE "Draft"
  ALTER COLUMN "length" DROP DEFAULT,
  ALTER COLUMN "length" TYPE "PostLength" USING "length"::"PostLength",
  ALTER COLUMN "length" SET DEFAULT 'standard',
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "DraftStatus" USING "status"::"DraftStatus",
  ALTER COLUMN "status" SET DEFAULT 'generating',
  ALTER COLUMN "interruption" TYPE "Interruption" USING "interruption"::"Interruption";

-- AlterTable
ALTER TABLE "Revision"
  ALTER COLUMN "reason" TYPE "RevisionReason" USING "reason"::"RevisionReason";

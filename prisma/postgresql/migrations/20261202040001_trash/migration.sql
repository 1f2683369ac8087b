-- CreateTable
CREATE TABLE "TrashedDraft" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" TEXT NOT NULL,

    CONSTRAINT "TrashedDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrashedDraft_deletedAt_idx" ON "TrashedDraft"("deletedAt");

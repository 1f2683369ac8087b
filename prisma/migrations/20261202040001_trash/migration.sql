-- CreateTable
CREATE TABLE "TrashedDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "TrashedDraft_deletedAt_idx" ON "TrashedDraft"("deletedAt");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BatchJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "tone" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT '',
    "length" TEXT NOT NULL DEFAULT 'standard',
    "language" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "draftId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "BatchJob_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BatchJob_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_BatchJob" ("attempts", "audience", "batchId", "draftId", "finishedAt", "id", "keywords", "language", "lastError", "length", "nextAttemptAt", "position", "startedAt", "status", "tone", "topic") SELECT "attempts", "audience", "batchId", "draftId", "finishedAt", "id", "keywords", "language", "lastError", "length", "nextAttemptAt", "position", "startedAt", "status", "tone", "topic" FROM "BatchJob";
DROP TABLE "BatchJob";
ALTER TABLE "new_BatchJob" RENAME TO "BatchJob";
CREATE INDEX "BatchJob_status_nextAttemptAt_idx" ON "BatchJob"("status", "nextAttemptAt");
CREATE INDEX "BatchJob_draftId_idx" ON "BatchJob"("draftId");
CREATE UNIQUE INDEX "BatchJob_batchId_position_key" ON "BatchJob"("batchId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

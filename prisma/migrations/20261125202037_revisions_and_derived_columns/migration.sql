-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "tone" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT '',
    "length" TEXT NOT NULL DEFAULT 'standard',
    "status" TEXT NOT NULL DEFAULT 'generating',
    "title" TEXT NOT NULL DEFAULT '',
    "metaDescription" TEXT NOT NULL DEFAULT '',
    "slug" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "categories" TEXT NOT NULL DEFAULT '[]',
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "content" TEXT NOT NULL DEFAULT '',
    "raw" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "model" TEXT NOT NULL DEFAULT '',
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "stopReasons" TEXT NOT NULL DEFAULT '[]',
    "rounds" INTEGER NOT NULL DEFAULT 0,
    "generationMs" INTEGER NOT NULL DEFAULT 0,
    "generatedAt" DATETIME,
    "approvedAt" DATETIME,
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "seoScore" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Draft" ("audience", "categories", "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "keywords", "length", "metaDescription", "model", "outputTokens", "raw", "rounds", "slug", "status", "stopReasons", "tags", "title", "tone", "topic", "updatedAt", "version", "warnings") SELECT "audience", "categories", "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "keywords", "length", "metaDescription", "model", "outputTokens", "raw", "rounds", "slug", "status", "stopReasons", "tags", "title", "tone", "topic", "updatedAt", "version", "warnings" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE UNIQUE INDEX "Draft_slug_key" ON "Draft"("slug");
CREATE INDEX "Draft_createdAt_idx" ON "Draft"("createdAt");
CREATE INDEX "Draft_updatedAt_idx" ON "Draft"("updatedAt");
CREATE INDEX "Draft_title_idx" ON "Draft"("title");
CREATE INDEX "Draft_status_createdAt_idx" ON "Draft"("status", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Revision_draftId_createdAt_idx" ON "Revision"("draftId", "createdAt");

-- Backfill: an approximate word count (spaces + 1) until each draft's next save computes the real one.
UPDATE "Draft" SET "wordCount" = CASE WHEN trim("content") = '' THEN 0 ELSE length("content") - length(replace("content", ' ', '')) + 1 END;

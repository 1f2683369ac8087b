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
    "language" TEXT NOT NULL DEFAULT '',
    "outline" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_Draft" ("approvedAt", "audience", "categories", "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "keywords", "length", "metaDescription", "model", "outputTokens", "raw", "rounds", "seoScore", "slug", "status", "stopReasons", "tags", "title", "tone", "topic", "updatedAt", "version", "warnings", "wordCount") SELECT "approvedAt", "audience", "categories", "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "keywords", "length", "metaDescription", "model", "outputTokens", "raw", "rounds", "seoScore", "slug", "status", "stopReasons", "tags", "title", "tone", "topic", "updatedAt", "version", "warnings", "wordCount" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE UNIQUE INDEX "Draft_slug_key" ON "Draft"("slug");
CREATE INDEX "Draft_createdAt_idx" ON "Draft"("createdAt");
CREATE INDEX "Draft_updatedAt_idx" ON "Draft"("updatedAt");
CREATE INDEX "Draft_title_idx" ON "Draft"("title");
CREATE INDEX "Draft_status_createdAt_idx" ON "Draft"("status", "createdAt");
CREATE INDEX "Draft_status_updatedAt_idx" ON "Draft"("status", "updatedAt");
CREATE INDEX "Draft_seoScore_createdAt_idx" ON "Draft"("seoScore", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

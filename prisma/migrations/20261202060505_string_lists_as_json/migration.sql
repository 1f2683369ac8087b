-- The string lists become JSON columns. Prisma wrote this rebuild; edited by hand in four places:
-- * the Json defaults quoted: Prisma writes `DEFAULT []`, which SQLite stores as '' (prisma/orm#26571);
-- * CHECK (json_valid(...)): Prisma fails to read a row whose JSON column is not JSON, so no writer may store one
--   (a later rebuild of "Draft" or "Revision" must keep these checks);
-- * a stored list that is not a JSON array is copied as an empty list, as lib/drafts read it before;
-- * the rebuild drops the triggers of the full-text index (draft_search) and renumbers the rows, so the
--   triggers are made again and the index refilled at the end.
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
    "tags" JSONB NOT NULL DEFAULT '[]' CHECK (json_valid("tags")),
    "categories" JSONB NOT NULL DEFAULT '[]' CHECK (json_valid("categories")),
    "warnings" JSONB NOT NULL DEFAULT '[]' CHECK (json_valid("warnings")),
    "content" TEXT NOT NULL DEFAULT '',
    "raw" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "interruption" TEXT,
    "model" TEXT NOT NULL DEFAULT '',
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "stopReasons" JSONB NOT NULL DEFAULT '[]' CHECK (json_valid("stopReasons")),
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
INSERT INTO "new_Draft" ("approvedAt", "audience", "categories", "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "interruption", "keywords", "language", "length", "metaDescription", "model", "outline", "outputTokens", "raw", "rounds", "seoScore", "slug", "status", "stopReasons", "tags", "title", "tone", "topic", "updatedAt", "version", "warnings", "wordCount") SELECT "approvedAt", "audience", CASE WHEN json_valid("categories") AND json_type("categories") = 'array' THEN "categories" ELSE '[]' END, "content", "createdAt", "error", "generatedAt", "generationMs", "id", "inputTokens", "interruption", "keywords", "language", "length", "metaDescription", "model", "outline", "outputTokens", "raw", "rounds", "seoScore", "slug", "status", CASE WHEN json_valid("stopReasons") AND json_type("stopReasons") = 'array' THEN "stopReasons" ELSE '[]' END, CASE WHEN json_valid("tags") AND json_type("tags") = 'array' THEN "tags" ELSE '[]' END, "title", "tone", "topic", "updatedAt", "version", CASE WHEN json_valid("warnings") AND json_type("warnings") = 'array' THEN "warnings" ELSE '[]' END, "wordCount" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE UNIQUE INDEX "Draft_slug_key" ON "Draft"("slug");
CREATE INDEX "Draft_createdAt_idx" ON "Draft"("createdAt");
CREATE INDEX "Draft_updatedAt_idx" ON "Draft"("updatedAt");
CREATE INDEX "Draft_title_idx" ON "Draft"("title");
CREATE INDEX "Draft_status_createdAt_idx" ON "Draft"("status", "createdAt");
CREATE INDEX "Draft_status_updatedAt_idx" ON "Draft"("status", "updatedAt");
CREATE INDEX "Draft_seoScore_createdAt_idx" ON "Draft"("seoScore", "createdAt");
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "tags" JSONB NOT NULL CHECK (json_valid("tags")),
    "categories" JSONB NOT NULL CHECK (json_valid("categories")),
    "content" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("categories", "content", "createdAt", "draftId", "id", "metaDescription", "reason", "slug", "tags", "title", "version") SELECT CASE WHEN json_valid("categories") AND json_type("categories") = 'array' THEN "categories" ELSE '[]' END, "content", "createdAt", "draftId", "id", "metaDescription", "reason", "slug", CASE WHEN json_valid("tags") AND json_type("tags") = 'array' THEN "tags" ELSE '[]' END, "title", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_draftId_createdAt_idx" ON "Revision"("draftId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

CREATE TRIGGER "DraftSearch_insert" AFTER INSERT ON "Draft" BEGIN
  INSERT INTO "DraftSearch"(rowid, "title", "topic", "content") VALUES (new.rowid, new."title", new."topic", new."content");
END;

CREATE TRIGGER "DraftSearch_delete" AFTER DELETE ON "Draft" BEGIN
  DELETE FROM "DraftSearch" WHERE rowid = old.rowid;
END;

CREATE TRIGGER "DraftSearch_update" AFTER UPDATE OF "title", "topic", "content" ON "Draft" BEGIN
  DELETE FROM "DraftSearch" WHERE rowid = old.rowid;
  INSERT INTO "DraftSearch"(rowid, "title", "topic", "content") VALUES (new.rowid, new."title", new."topic", new."content");
END;

INSERT INTO "DraftSearch"("DraftSearch") VALUES ('delete-all');
INSERT INTO "DraftSearch"(rowid, "title", "topic", "content") SELECT rowid, "title", "topic", "content" FROM "Draft";

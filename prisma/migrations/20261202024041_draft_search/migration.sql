-- Hand-written: the drafts list's search box, answered from an index instead of reading every body.
-- A contentless FTS5 table (it stores the index, not a second copy of the text) over the three searched
-- columns, keyed by the draft's rowid. Its tables are listed as external in prisma.config.ts and
-- scripts/schema-engine.mjs, so Prisma's diff neither drops them nor reports them as drift.
-- The triggers keep it in step with "Draft". A migration that rebuilds "Draft" (new_Draft, copy, rename)
-- drops these triggers and renumbers rowids: it must recreate them and refill the index as below.
CREATE VIRTUAL TABLE "DraftSearch" USING fts5("title", "topic", "content", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

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

INSERT INTO "DraftSearch"(rowid, "title", "topic", "content") SELECT rowid, "title", "topic", "content" FROM "Draft";

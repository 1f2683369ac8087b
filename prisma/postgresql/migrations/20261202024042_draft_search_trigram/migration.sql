-- Hand-edited: the trigram operator class comes from pg_trgm (a trusted extension: the database owner may create it).
-- The indexes answer the drafts list's search (ILIKE '%term%' on title, topic and body) without reading every body.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- An extension lives in one schema per database: when migrating into another (?schema=), find its operator class there.
SELECT set_config('search_path', current_setting('search_path') || ', ' || quote_ident(n.nspname), true)
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';

-- CreateIndex
CREATE INDEX "Draft_title_trgm_idx" ON "Draft" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Draft_topic_trgm_idx" ON "Draft" USING GIN ("topic" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Draft_content_trgm_idx" ON "Draft" USING GIN ("content" gin_trgm_ops);

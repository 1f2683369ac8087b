-- The string lists become jsonb. Prisma wrote DROP COLUMN + ADD COLUMN, which loses every list; edited by hand to
-- convert the stored JSON text in place. A stored list that is not a JSON array becomes an empty list, as lib/drafts
-- read it before, instead of failing the migration (and the app's start) on one bad row.
CREATE FUNCTION "postsmith_string_list"(value TEXT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF jsonb_typeof(value::jsonb) = 'array' THEN
    RETURN value::jsonb;
  END IF;
  RETURN '[]'::jsonb;
EXCEPTION WHEN invalid_text_representation THEN
  RETURN '[]'::jsonb;
END;
$$;

-- AlterTable
ALTER TABLE "Draft" ALTER COLUMN "tags" DROP DEFAULT,
ALTER COLUMN "tags" SET DATA TYPE JSONB USING "postsmith_string_list"("tags"),
ALTER COLUMN "tags" SET DEFAULT '[]',
ALTER COLUMN "categories" DROP DEFAULT,
ALTER COLUMN "categories" SET DATA TYPE JSONB USING "postsmith_string_list"("categories"),
ALTER COLUMN "categories" SET DEFAULT '[]',
ALTER COLUMN "warnings" DROP DEFAULT,
ALTER COLUMN "warnings" SET DATA TYPE JSONB USING "postsmith_string_list"("warnings"),
ALTER COLUMN "warnings" SET DEFAULT '[]',
ALTER COLUMN "stopReasons" DROP DEFAULT,
ALTER COLUMN "stopReasons" SET DATA TYPE JSONB USING "postsmith_string_list"("stopReasons"),
ALTER COLUMN "stopReasons" SET DEFAULT '[]';

-- AlterTable
ALTER TABLE "Revision" ALTER COLUMN "tags" SET DATA TYPE JSONB USING "postsmith_string_list"("tags"),
ALTER COLUMN "categories" SET DATA TYPE JSONB USING "postsmith_string_list"("categories");

DROP FUNCTION "postsmith_string_list"(TEXT);

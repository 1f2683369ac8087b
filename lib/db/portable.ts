import 'server-only';
import { Prisma } from './generated/client.ts';
import { databaseProvider } from './location';

/**
 * `contains` ignoring case on both databases. SQLite's LIKE already ignores ASCII case (and its client refuses
 * `mode`); PostgreSQL's does not without `mode: 'insensitive'`.
 */
export function containsIgnoringCase(term: string): Prisma.StringFilter {
  return databaseProvider() === 'postgresql' ? ({ contains: term, mode: 'insensitive' } as Prisma.StringFilter) : { contains: term };
}

/**
 * Whether Prisma's `contains` would read `term` as a pattern: it writes LIKE without an ESCAPE clause
 * (prisma/prisma#23611, #19506), so `%` and `_` are wildcards on both databases, and PostgreSQL also takes `\`
 * as its escape character.
 */
export function hasLikeWildcards(term: string): boolean {
  return /[%_\\]/.test(term);
}

/** SQL true when `column` contains `term` as written, ignoring case; the column name must not come from input. */
export function containsLiterally(column: string, term: string): Prisma.Sql {
  const position = databaseProvider() === 'postgresql' ? 'strpos' : 'instr';
  return Prisma.sql`${Prisma.raw(`${position}(lower("${column}"), lower(`)}${term}${Prisma.raw(')) > 0')}`;
}

/**
 * SQL true when the JSON list of strings in `column` holds `entry` whole, ignoring case; the column name must not come
 * from input. PostgreSQL: jsonb containment of the lowered list (jsonb prints strings as written but for escapes,
 * whose letters are already lower case, so lowering its text lowers the entries). SQLite: its entries one by one.
 */
export function listHoldsIgnoringCase(column: string, entry: string): Prisma.Sql {
  const name = Prisma.raw(`"${column}"`);
  if (databaseProvider() === 'postgresql') return Prisma.sql`lower(${name}::text)::jsonb @> jsonb_build_array(lower(${entry}::text))`;
  // json_each fails the whole query on a malformed row: such a row holds nothing instead.
  return Prisma.sql`EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(${name}) THEN ${name} ELSE '[]' END) WHERE lower("value") = lower(${entry}))`;
}

/**
 * Holds a draft's row until the transaction ends, so a read-check-write on one draft runs one at a time on
 * PostgreSQL as it does on SQLite, whose driver runs one transaction at a time.
 */
export async function lockDraftRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  if (databaseProvider() === 'postgresql') await tx.$queryRaw`SELECT 1 FROM "Draft" WHERE "id" = ${id} FOR UPDATE`;
}

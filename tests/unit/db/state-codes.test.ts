import { describe, expect, expectTypeOf, it } from 'vitest';
import { JOB_STATUSES } from '@/lib/batch/schemas';
import * as stored from '@/lib/db/generated/enums';
import { DRAFT_STATUSES, INTERRUPTIONS, POST_LENGTHS } from '@/lib/drafts/draft';
import type { RevisionReason } from '@/lib/drafts/revisions';

// The database holds states as enums (prisma/schema.prisma); the code validates requests against its own lists.
// A code added on one side only would be refused by the database or by the request schemas.
describe('state codes', () => {
  it.each([
    ['DraftStatus', DRAFT_STATUSES, stored.DraftStatus],
    ['Interruption', INTERRUPTIONS, stored.Interruption],
    ['PostLength', POST_LENGTHS, stored.PostLength],
    ['JobStatus', JOB_STATUSES, stored.JobStatus],
  ])('%s lists the same codes in the code and in the database', (_name, inCode, inDatabase) => {
    expect([...inCode].sort()).toEqual(Object.values(inDatabase).sort());
  });

  it('names the same revision reasons', () => {
    expectTypeOf<RevisionReason>().toEqualTypeOf<stored.RevisionReason>();
    expect(Object.values(stored.RevisionReason).sort()).toEqual(['edit', 'keep_approved', 'regenerate', 'reparse', 'restore']);
  });
});

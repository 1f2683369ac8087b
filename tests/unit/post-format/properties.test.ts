import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type ParsedPost, PostParser, parsePost } from '@/lib/post-format';
import { chaoticReply, type GeneratedReply, generatedReply, splitAt } from './generators';

const anyReply = fc.oneof(
  generatedReply.map((reply) => reply.raw),
  chaoticReply,
);
const cuts = fc.array(fc.nat(), { maxLength: 40 });

function pushAll(pieces: string[], onPush: (parser: PostParser) => void = () => {}): ParsedPost {
  const parser = new PostParser();
  for (const piece of pieces) {
    parser.push(piece);
    onPush(parser);
  }
  return parser.finish();
}

// The marker spellings the parser removes, written independently of its implementation.
function showsEndMarker(body: string): boolean {
  return body
    .split('\n')
    .some((line) => /-endoftext-|<\/?endoftext\/?>/i.test(line) || /(^|\s)(\*\*|__)?-?endoftext-?(\*\*|__)?[ \t]{0,8}$/i.test(line));
}

// A fence line first, then blank lines: the part a snapshot may have hidden while the fence seemed to wrap the body.
function withoutOpeningFence(body: string): string {
  return body.replace(/^[ \t]{0,3}`{3,}[^\S\n]*(markdown|md)?[^\S\n]*\n(?:[^\S\n]*\n)*/i, '');
}

/**
 * The invariant snapshots keep: a later body extends an earlier one, except that an opening fence hidden
 * while it seemed to wrap the whole body comes back (with the blank lines after it) once it turns out not to.
 */
function extendsBody(later: string, earlier: string): boolean {
  return later.startsWith(earlier) || withoutOpeningFence(later).startsWith(earlier);
}

function expectedWarnings(reply: GeneratedReply): string[] {
  const warnings = reply.unknownCategories.map((name) => `Category "${name}" is not in the list and was dropped.`);
  if (reply.title === '') warnings.push('The model wrote no TITLE.');
  if (reply.metaDescription === '') warnings.push('The model wrote no META_DESCRIPTION.');
  if (reply.tags.length === 0) warnings.push('The model wrote no TAGS.');
  if (reply.categories.length === 0) {
    // A written CATEGORIES line always holds at least its closing period.
    warnings.push(reply.wroteCategories ? "None of the model's CATEGORIES could be kept." : 'The model wrote no CATEGORIES.');
  }
  if (reply.closingRemark !== null) warnings.push(`The model added a remark after the post; it was not kept: "${reply.closingRemark}"`);
  return warnings;
}

describe('properties', () => {
  test('pushing any split of a reply gives the same result as parsing it whole', () => {
    fc.assert(
      fc.property(anyReply, cuts, (raw, cutPoints) => {
        expect(pushAll(splitAt(raw, cutPoints))).toEqual(parsePost(raw));
      }),
      { numRuns: 1500 },
    );
  });

  test('a generated reply parses back to the fields and body it was built from', () => {
    fc.assert(
      fc.property(generatedReply, (reply) => {
        const post = parsePost(reply.raw);
        expect(post.title).toBe(reply.title);
        expect(post.metaDescription).toBe(reply.metaDescription);
        expect(post.tags).toEqual(reply.tags);
        expect(post.categories).toEqual(reply.categories);
        expect(post.body).toBe(reply.body);
        expect(post.ended).toBe(reply.ended);
        const afterMarker = post.warnings.filter((warning) => warning.includes('after the end marker'));
        expect(afterMarker).toHaveLength(reply.textAfterMarker ? 1 : 0);
        expect(post.warnings.filter((warning) => !afterMarker.includes(warning))).toEqual(expectedWarnings(reply));
      }),
      { numRuns: 1500 },
    );
  });

  test('the body never contains an end marker', () => {
    fc.assert(
      fc.property(anyReply, (raw) => {
        expect(showsEndMarker(parsePost(raw).body)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  test('snapshots never throw or show a marker, and each one extends the one before', () => {
    fc.assert(
      fc.property(anyReply, cuts, (raw, cutPoints) => {
        const bodies: string[] = [];
        const final = pushAll(splitAt(raw, cutPoints), (parser) => {
          const { body } = parser.snapshot();
          expect(showsEndMarker(body)).toBe(false);
          const previous = bodies.at(-1) ?? '';
          expect(extendsBody(body, previous), `${JSON.stringify(previous)} -> ${JSON.stringify(body)}`).toBe(true);
          bodies.push(body);
        });
        expect(extendsBody(final.body, bodies.at(-1) ?? '')).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

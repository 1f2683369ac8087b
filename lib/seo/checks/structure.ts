import type { MarkdownBlock } from '../markdown/types';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult, noBodyText } from './check-context';
import { plural } from './message-format';

const HEADING_START: CheckDefinition = { id: 'heading-start', group: 'structure', label: 'Body starts at H2' };
const HEADING_LEVELS: CheckDefinition = { id: 'heading-levels', group: 'structure', label: 'No skipped heading levels' };
const EMPTY_SECTIONS: CheckDefinition = { id: 'empty-sections', group: 'structure', label: 'No empty sections' };

type Heading = { level: number; text: string };

export function structureChecks({ body }: CheckContext): SeoCheck[] {
  const headings = body.blocks.filter((block) => block.kind === 'heading');
  if (body.words === 0) return [headingStart(headings), noBodyText(HEADING_LEVELS), noBodyText(EMPTY_SECTIONS)];
  return [headingStart(headings), headingLevels(headings), emptySections(body.blocks)];
}

// The title is the page's H1, so the body's sections start at H2.
function headingStart(headings: Heading[]): SeoCheck {
  const first = headings[0];
  if (!first) return checkResult(HEADING_START, 'fail', 'No headings: split the post into sections with ## (H2) headings.');
  const h1s = headings.filter((heading) => heading.level === 1);
  const firstH1 = h1s[0];
  if (firstH1) {
    return checkResult(
      HEADING_START,
      'fail',
      `${plural(h1s.length, 'H1 heading')} in the body, first ${name(firstH1)}: the title is the H1, use ## (H2).`,
    );
  }
  if (first.level > 2)
    return checkResult(HEADING_START, 'warn', `The first heading ${name(first)} is H${first.level}: start sections at ## (H2).`);
  return checkResult(HEADING_START, 'pass', 'Sections start at H2, under the title.');
}

function headingLevels(headings: Heading[]): SeoCheck {
  const skips: Array<{ heading: Heading; after: Heading }> = [];
  for (let i = 1; i < headings.length; i++) {
    const heading = headings[i];
    const after = headings[i - 1];
    if (heading && after && heading.level > after.level + 1) skips.push({ heading, after });
  }
  const first = skips[0];
  if (!first) return checkResult(HEADING_LEVELS, 'pass', 'No heading skips a level.');
  const fix = `H${first.heading.level} ${name(first.heading)} follows H${first.after.level} ${name(first.after)}: make it H${first.after.level + 1}.`;
  if (skips.length === 1) return checkResult(HEADING_LEVELS, 'warn', fix);
  return checkResult(HEADING_LEVELS, 'fail', `${plural(skips.length, 'heading')} skip a level. ${fix}`);
}

/** A section is empty when nothing but a heading sits between its heading and the next one of the same or a higher level. */
function emptySections(blocks: MarkdownBlock[]): SeoCheck {
  const emptyAt: number[] = [];
  const open: Array<{ at: number; level: number; hasContent: boolean }> = [];
  const closeDownTo = (level: number) => {
    for (let top = open.at(-1); top && top.level >= level; top = open.at(-1)) {
      open.pop();
      if (!top.hasContent) emptyAt.push(top.at);
      const parent = open.at(-1);
      if (parent && top.hasContent) parent.hasContent = true;
    }
  };
  blocks.forEach((block, at) => {
    if (block.kind === 'heading') {
      closeDownTo(block.level);
      open.push({ at, level: block.level, hasContent: false });
    } else {
      const top = open.at(-1);
      if (top) top.hasContent = true;
    }
  });
  closeDownTo(1);
  const first = blocks[Math.min(...emptyAt)];
  if (!first) return checkResult(EMPTY_SECTIONS, 'pass', 'Every heading has text under it.');
  if (emptyAt.length === 1)
    return checkResult(EMPTY_SECTIONS, 'warn', `${name(first)} has nothing under it: write the section or remove the heading.`);
  return checkResult(
    EMPTY_SECTIONS,
    'fail',
    `${plural(emptyAt.length, 'heading')} have nothing under them, first ${name(first)}: write or remove them.`,
  );
}

function name(heading: Heading): string {
  return heading.text === '' ? '(empty heading)' : `"${heading.text}"`;
}

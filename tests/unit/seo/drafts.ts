import { expect } from 'vitest';
import { type SeoCheck, type SeoInput, scoreDraft } from '@/lib/seo';

const SUBJECTS = [
  'New growers',
  'Busy families',
  'Small plots',
  'Raised beds',
  'Shady corners',
  'Windy yards',
  'Clay soils',
  'Sandy soils',
];
const ACTIONS = [
  'need a clear plan for',
  'do well with a short list of',
  'gain a lot from notes on',
  'often struggle with',
  'respond well to',
  'pay you back with',
];
const CROPS = ['early peas', 'summer beans', 'late kale', 'quick radishes', 'sweet herbs', 'tall tomatoes', 'soft lettuce', 'deep carrots'];

/** A plain sentence of 12 words (`n` makes it unique). */
export function sentence(n: number): string {
  const subject = SUBJECTS[n % SUBJECTS.length];
  const action = ACTIONS[Math.floor(n / SUBJECTS.length) % ACTIONS.length];
  const crop = CROPS[Math.floor(n / (SUBJECTS.length * ACTIONS.length)) % CROPS.length];
  return `${subject} ${action} ${crop} in week ${n + 1}.`;
}

/** `count` different sentences starting at number `from`, as one paragraph. */
export function paragraph(count: number, from: number): string {
  return Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');
}

/** `count` copies of one short word: a body of an exact word count. */
export function words(count: number, word = 'soil'): string {
  return Array.from({ length: count }, () => word).join(' ');
}

const SECTION_TITLES = [
  'Why Garden Planning Pays Off',
  'Choosing Beds and Paths',
  'Soil and Compost',
  'Sowing by the Calendar',
  'Watering Without Waste',
  'Harvest and Rest',
];

/**
 * A body of about 1,750 words that passes every check for a `short` draft with the keyword "garden planning":
 * H2 sections, H3 subsections, two links, no repeats, short sentences.
 */
export function perfectBody(): string {
  let n = 0;
  const keywordParagraph = () => {
    const text = `Good garden planning saves time in season ${n + 1}. ${paragraph(4, n)}`;
    n += 4;
    return text;
  };
  const parts = [keywordParagraph()];
  SECTION_TITLES.forEach((title, section) => {
    parts.push(`## ${title}`, keywordParagraph(), keywordParagraph());
    parts.push(`### Notes for part ${section + 1}`, keywordParagraph(), `- ${sentence(n++)}\n- ${sentence(n++)}`, keywordParagraph());
  });
  parts.push(
    '## Further Reading',
    `Read [the sowing calendar](https://example.com/sowing-calendar) and [our compost guide](/guides/compost). ${paragraph(3, n)}`,
  );
  return parts.join('\n\n');
}

export function perfectDraft(overrides: Partial<SeoInput> = {}): SeoInput {
  return {
    title: 'Garden Planning for Beginners: A Simple Season Guide',
    metaDescription:
      'Garden planning made simple: pick beds, improve the soil, sow by the calendar and water less, with a plan you can follow all year.',
    slug: 'garden-planning-for-beginners',
    content: perfectBody(),
    tags: ['vegetables', 'raised beds', 'compost', 'sowing'],
    categories: ['How-to Guides'],
    keywords: 'garden planning, raised beds',
    length: 'short',
    ...overrides,
  };
}

export function checkOf(input: SeoInput, id: string): SeoCheck {
  const check = scoreDraft(input).checks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`No check "${id}" in the report.`);
  return check;
}

export type CheckCase = { name: string; input: Partial<SeoInput>; status: SeoCheck['status']; message: string | RegExp };

/** Table cases for one check: each overrides the perfect draft and expects a status and a part of the message. */
export function expectCheck(id: string, { input, status, message }: CheckCase): void {
  const check = checkOf(perfectDraft(input), id);
  expect({ status: check.status, message: check.message }).toEqual({
    status,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  });
}

import fc from 'fast-check';
import { CATEGORIES, type Category } from '@/lib/post-format';

/** A model reply built from known parts, with the fields a correct parse must recover from it. */
export type GeneratedReply = {
  raw: string;
  title: string;
  metaDescription: string;
  tags: string[];
  categories: Category[];
  unknownCategories: string[];
  wroteCategories: boolean;
  body: string;
  ended: boolean;
  textAfterMarker: boolean;
  /** A remark to the requester after the body, which the parser drops with a warning. */
  closingRemark: string | null;
};

const WORD_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßñçøå日本語中文한국🙂🚀✨?!()&+/-'];
const word = fc.string({ unit: fc.constantFrom(...WORD_CHARACTERS), minLength: 1, maxLength: 10 });
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((parts) => parts.join(' '));
// Words that cannot be taken for a marker or a label by accident.
const phrase = (max: number) => words(max).filter((text) => !/endoftext/i.test(text));

const LABEL_STYLES: ReadonlyArray<(name: string) => string> = [
  (name) => `${name}: `,
  (name) => `**${name}:** `,
  (name) => `**${name}**: `,
  (name) => `## ${name}: `,
  (name) => `${name.toLowerCase()}: `,
  (name) => `${name} : `,
  // How local models drift: the header as a Markdown list, a dash for the colon, the value on the next line.
  (name) => `- ${name}: `,
  (name) => `* **${name}:** `,
  (name) => `1. ${name}: `,
  (name) => `${name} - `,
  (name) => `**${name}:**\n`,
];
// A line the parser would take for Markdown structure rather than the value of a label on the line before.
const STRUCTURE_LINE = /^\s*(?:[#>|`~]|[-*+][ \t]|\d{1,2}[.)][ \t])/;
const REMARKS = [
  'I hope this helps!',
  "Let me know if you'd like any changes.",
  '*Would you like me to add a FAQ section?*',
  'Hope that helps 🙂',
];
const META_NAMES = ['META_DESCRIPTION', 'META DESCRIPTION', 'Meta-Description', 'Meta description'];
const VALUE_WRAPS: ReadonlyArray<(value: string) => string> = [(value) => value, (value) => `"${value}"`, (value) => `**${value}**`];
const PREAMBLES = ['Sure, here is the blog post you asked for:', 'Certainly! Below is the post.', 'Here you go 🙂'];
const MARKERS = ['-EndOFText-', '</EndOFText>', '-ENDOFTEXT-', '<EndOFText>', 'EndOFText', '-endoftext-', '**-EndOFText-**'];
const FENCES = ['```markdown', '```md', '```'];
const UNKNOWN_CATEGORIES = ['Python', 'Backend Engineering', 'Misc', 'Cooking'];

const label = fc.constantFrom(...LABEL_STYLES);

/** `label + value`, falling back to the plain style when a value on its own line would read as Markdown structure. */
function field(style: (name: string) => string, name: string, value: string): string {
  const written = style(name);
  return written.endsWith('\n') && STRUCTURE_LINE.test(value) ? `${name}: ${value}` : written + value;
}

const categoryWithDrift = fc
  .tuple(fc.constantFrom(...CATEGORIES), fc.constantFrom('same', 'lower', 'upper', 'quoted', 'spaced'))
  .map(([category, drift]) => {
    const spelling = {
      same: category,
      lower: category.toLowerCase(),
      upper: category.toUpperCase(),
      quoted: `"${category}"`,
      spaced: `  ${category.replace(/ /g, '  ')} `,
    }[drift];
    return { category, spelling };
  });

const codeBlock = fc
  .tuple(fc.constantFrom('python', 'js', 'bash'), fc.array(phrase(6), { maxLength: 3 }))
  .map(([lang, lines]) => [`\`\`\`${lang}`, ...lines, '```']);
const bodyLine = fc.oneof(
  { weight: 6, arbitrary: phrase(12).map((text) => [text]) },
  { weight: 2, arbitrary: fc.constant(['']) },
  { weight: 1, arbitrary: phrase(5).map((text) => [`## ${text}`]) },
  { weight: 1, arbitrary: phrase(5).map((text) => [`Title: ${text}`]) },
  { weight: 1, arbitrary: phrase(5).map((text) => [`- ${text}  `]) },
  { weight: 1, arbitrary: codeBlock },
);

export const generatedReply: fc.Arbitrary<GeneratedReply> = fc
  .record({
    title: fc.tuple(label, fc.constantFrom(...VALUE_WRAPS), phrase(8)),
    titleAsHeading: fc.boolean(),
    meta: fc.tuple(label, fc.constantFrom(...META_NAMES), fc.constantFrom(...VALUE_WRAPS), phrase(20)),
    tags: fc.tuple(label, fc.array(phrase(3), { maxLength: 6 })),
    categories: fc.tuple(label, fc.array(categoryWithDrift, { maxLength: 4 }), fc.subarray(UNKNOWN_CATEGORIES, { maxLength: 2 })),
    present: fc.shuffledSubarray(['title', 'meta', 'tags', 'categories'] as const, { minLength: 1 }),
    listSeparator: fc.constantFrom(', ', ',', '; '),
    preamble: fc.option(fc.constantFrom(...PREAMBLES)),
    contentLabel: fc.constantFrom('none', 'own-line', 'same-line'),
    fence: fc.option(fc.constantFrom(...FENCES)),
    firstLine: phrase(12).map((text) => `Intro ${text}`),
    lines: fc.array(bodyLine, { maxLength: 12 }).map((groups) => groups.flat()),
    marker: fc.option(fc.record({ text: fc.constantFrom(...MARKERS), inline: fc.boolean() })),
    after: fc.option(fc.constantFrom('\n\nI hope this helps!', '\n---\n', ' Let me know if you want changes.')),
    remark: fc.option(fc.record({ text: fc.constantFrom(...REMARKS), rule: fc.boolean() }), { freq: 2 }),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map((parts) => {
    const has = (field: (typeof parts.present)[number]) => parts.present.includes(field);
    const title = parts.title[2];
    const metaDescription = parts.meta[3];
    const tagValues = parts.tags[1];
    const categorySpellings = [...parts.categories[1].map(({ spelling }) => spelling), ...parts.categories[2]];
    const header = parts.present.flatMap((name) => {
      if (name === 'title' && parts.titleAsHeading) return [`# ${parts.title[1](title)}`];
      if (name === 'title') return field(parts.title[0], 'TITLE', parts.title[1](title)).split('\n');
      if (name === 'meta') return field(parts.meta[0], parts.meta[1], parts.meta[2](metaDescription)).split('\n');
      if (name === 'tags') return field(parts.tags[0], 'TAGS', tagValues.join(parts.listSeparator)).split('\n');
      return field(parts.categories[0], 'CATEGORIES', `${categorySpellings.join(parts.listSeparator)}.`).split('\n');
    });

    const bodyLines = [parts.firstLine, ...parts.lines];
    const remark = parts.remark === null ? [] : ['', ...(parts.remark.rule ? ['---', ''] : []), parts.remark.text];
    const wrapped = [...(parts.fence === null ? bodyLines : [parts.fence, ...bodyLines, '```']), ...remark];
    const content =
      parts.contentLabel === 'same-line'
        ? [`MARKDOWN_POST_CONTENT: ${wrapped[0]}`, ...wrapped.slice(1)]
        : parts.contentLabel === 'own-line'
          ? ['Markdown Post Content:', ...wrapped]
          : ['', ...wrapped];
    const lines = [...(parts.preamble === null ? [] : [parts.preamble, '']), ...header, ...content];
    if (parts.marker?.inline) lines[lines.length - 1] += ` ${parts.marker.text}`;
    else if (parts.marker) lines.push(parts.marker.text);
    // A bare `EndOFText` ends the post only as the last word of its line.
    const after = parts.after === null ? '' : parts.marker?.text === 'EndOFText' ? parts.after.replace(/^ /, '\n') : parts.after;
    const afterText = parts.marker === null ? '' : after;

    const tags: string[] = [];
    for (const tag of has('tags') ? tagValues : []) {
      if (!tags.some((other) => other.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
    const categories = [...new Set(has('categories') ? parts.categories[1].map(({ category }) => category) : [])];
    return {
      raw: lines.join(parts.newline) + afterText,
      title: has('title') ? title : '',
      metaDescription: has('meta') ? metaDescription : '',
      tags,
      categories,
      unknownCategories: has('categories') ? parts.categories[2] : [],
      wroteCategories: has('categories'),
      body: bodyLines.join('\n').trimEnd(),
      ended: parts.marker !== null,
      textAfterMarker: /[a-z]/i.test(afterText),
      closingRemark: parts.remark?.text ?? null,
    };
  });

const CHAOS_TOKENS = [
  '\n',
  '\r\n',
  '\r',
  ' ',
  'TITLE: ',
  '**Tags:** a, A, b',
  'categories: news; Gaming.',
  'MARKDOWN_POST_CONTENT:',
  'Sure, here it is:',
  '# ',
  '- TITLE: ',
  'Title - ',
  '**Title:**',
  'I hope this helps!',
  'Let me know if',
  '---',
  '\n\n',
  '```',
  '```markdown',
  '```python',
  '**',
  '-',
  '<',
  '/',
  '>',
  'e',
  'End',
  'endoftext',
  'EndOFText',
  '-EndOFText-',
  '</EndOFText>',
  '<|endoftext|>',
  '---------',
  '🙂',
];

/** Text made mostly of the format's own pieces in random order, to reach the parser's corner cases. */
export const chaoticReply: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHAOS_TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) }), {
    maxLength: 60,
  })
  .map((tokens) => tokens.join(''));

/** Splits text at arbitrary points, sometimes between the halves of a surrogate pair or of a CRLF. */
export function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [...points, text.length].map((point, index) => text.slice(index === 0 ? 0 : points[index - 1], point));
}

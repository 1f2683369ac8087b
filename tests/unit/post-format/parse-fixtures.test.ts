import { describe, expect, test } from 'vitest';
import { PostParser, parsePost } from '@/lib/post-format';
import { type ExpectedPost, expectPost } from './expect-post';
import { readFixture, TOPICS, type TopicName } from './fixtures';

type Case = { file: string; topic: TopicName; expect?: Partial<ExpectedPost> };

const { k8s, seo, vps, zt, docker, py } = TOPICS;

const CASES: Case[] = [
  { file: '01-canonical', topic: 'k8s' },
  { file: '02-bold-after-colon', topic: 'vps' },
  { file: '03-bold-before-colon', topic: 'zt' },
  { file: '04-heading-labels', topic: 'home' },
  { file: '05-lowercase-labels', topic: 'rust' },
  { file: '06-spaced-colon', topic: 'seo' },
  { file: '07-meta-description-spaced-upper', topic: 'docker' },
  { file: '08-reordered-fields', topic: 'k8s' },
  { file: '09-preamble', topic: 'home' },
  { file: '10-preamble-several-lines', topic: 'zt' },
  { file: '11-fenced-markdown-inner-code', topic: 'rust' },
  { file: '12-fenced-md', topic: 'seo' },
  { file: '13-fenced-bare', topic: 'vps' },
  { file: '14-body-starts-with-code-block', topic: 'docker', expect: { body: { start: '```bash\ndocker run', end: 'off your plate.' } } },
  {
    file: '15-fence-closed-before-the-end',
    topic: 'zt',
    expect: { body: `\`\`\`markdown\n${zt.body}\n\`\`\`\n\nI hope this post helps you secure your network!` },
  },
  { file: '16-marker-bare-word', topic: 'py' },
  { file: '17-marker-inline', topic: 'vps', expect: { body: { start: 'Choosing a hosting plan', end: 'when the numbers tell you to.' } } },
  { file: '18-marker-missing', topic: 'k8s', expect: { ended: false } },
  {
    file: '19-text-after-marker',
    topic: 'seo',
    expect: { warnings: ['text after the end marker; it was not kept: "I hope you enjoyed this post!'] },
  },
  { file: '20-missing-meta', topic: 'rust', expect: { metaDescription: '', warnings: ['The model wrote no META_DESCRIPTION.'] } },
  {
    file: '21-missing-tags-and-categories',
    topic: 'home',
    expect: { tags: [], categories: [], warnings: ['The model wrote no TAGS.', 'The model wrote no CATEGORIES.'] },
  },
  {
    file: '22-unknown-categories',
    topic: 'py',
    expect: {
      categories: ['Tutorials', 'Web Development Frameworks'],
      warnings: [
        'Category "Python" is not in the list and was dropped.',
        'Category "Backend Engineering" is not in the list and was dropped.',
      ],
    },
  },
  { file: '23-duplicate-tags', topic: 'py', expect: { tags: ['Python', 'Django', 'Flask', 'web development'] } },
  { file: '24-content-label-same-line', topic: 'home' },
  { file: '25-content-label-own-line', topic: 'docker' },
  { file: '26-title-lines-in-body', topic: 'seo' },
  {
    file: '27-unicode-and-quoted-categories',
    topic: 'home',
    expect: { title: '🏠 Smart-Home-Datenschutz: So schützt du dein Zuhause — Café-Edition ☕' },
  },
  { file: '28-semicolons-and-period', topic: 'vps' },
  { file: '29-quoted-and-bold-values', topic: 'zt' },
  { file: '30-whole-reply-fenced', topic: 'rust' },
  {
    file: '31-no-header',
    topic: 'zt',
    expect: {
      title: '',
      metaDescription: '',
      tags: [],
      categories: [],
      warnings: ['no TITLE', 'no META_DESCRIPTION', 'no TAGS', 'no CATEGORIES'],
    },
  },
  { file: '32-truncated', topic: 'k8s', expect: { body: k8s.body.slice(0, 1500).trimEnd(), ended: false } },
  { file: '33-bold-marker', topic: 'docker' },
  { file: '34-header-only', topic: 'zt', expect: { body: '', warnings: ['The model wrote no post body.'] } },
  { file: '35-post-prefixed-labels', topic: 'py' },
  { file: '36-duplicate-title', topic: 'vps', expect: { warnings: ['The model wrote TITLE more than once; the first one was kept.'] } },
  { file: '37-loose-spacing', topic: 'seo' },
  { file: 'seed-example', topic: 'py' },
];

function expectedFor({ topic, expect: overrides }: Case): ExpectedPost {
  const { title, metaDescription, tags, categories, body } = TOPICS[topic];
  return { title, metaDescription, tags, categories, body, warnings: [], ended: true, ...overrides };
}

describe('parsePost on real-looking model replies', () => {
  test.each(CASES)('$file', (testCase) => {
    expectPost(parsePost(readFixture(testCase.file)), expectedFor(testCase));
  });

  test.each(CASES)('$file, streamed in 7-character deltas, ends the same', ({ file }) => {
    const raw = readFixture(file);
    const parser = new PostParser();
    for (let index = 0; index < raw.length; index += 7) parser.push(raw.slice(index, index + 7));
    expect(parser.finish()).toEqual(parsePost(raw));
  });
});

describe('CRLF line endings', () => {
  const crlf = readFixture('01-canonical').replace(/\n/g, '\r\n');

  test('parse like LF, and the body keeps LF', () => {
    expectPost(parsePost(crlf), expectedFor({ file: '01-canonical', topic: 'k8s' }));
  });

  test('a \\r and its \\n in different deltas change nothing', () => {
    const parser = new PostParser();
    for (const part of crlf.split(/(?<=\r)/)) parser.push(part);
    expect(parser.finish()).toEqual(parsePost(crlf));
  });

  test('a CRLF reply with a fenced body and an inline marker', () => {
    const raw = `TITLE: ${docker.title}\r\nTAGS: Docker\r\n\r\n\`\`\`markdown\r\n${seo.body.replace(/\n/g, '\r\n')}\r\n\`\`\`\r\nThe end. -EndOFText-\r\n`;
    const post = parsePost(raw);
    expect(post.body.startsWith('```markdown\nYour title tag')).toBe(true);
    expect(post.body.endsWith('over the next month.\n```\nThe end.')).toBe(true);
    expect(post.body).not.toContain('\r');
  });
});

test('every fixture topic has a distinct, non-trivial body', () => {
  const bodies = Object.values(TOPICS).map((topic) => topic.body);
  expect(new Set(bodies).size).toBe(bodies.length);
  for (const body of bodies) expect(body.split('\n\n').length).toBeGreaterThan(5);
  expect(vps.body).toContain('| Feature | Shared Hosting | VPS |');
  expect(py.body.startsWith('Python is a versatile')).toBe(true);
});

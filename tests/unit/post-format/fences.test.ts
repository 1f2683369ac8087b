import { describe, expect, test } from 'vitest';
import { PostParser, parsePost } from '@/lib/post-format';

const HEADER = 'TITLE: Shell Basics\nTAGS: bash\n\n';
const INNER = '## Listing files\n\n```bash\nls -la\n```\n\nThat is all.';

describe('a fence around the whole body', () => {
  test.each(['```markdown', '```md', '```', '``` Markdown ', '````markdown'])(
    '%j is unwrapped when its closing fence ends the body',
    (opener) => {
      expect(parsePost(`${HEADER}${opener}\n\n${INNER}\n\n\`\`\`\n-EndOFText-`).body).toBe(INNER);
    },
  );

  test('inner code blocks opened with a bare fence do not end the wrapper', () => {
    const inner = 'Run:\n\n```\nmake\n```\n\nThen:\n\n```\nmake install\n```\n\nDone.';
    expect(parsePost(`${HEADER}\`\`\`markdown\n${inner}\n\`\`\`\n`).body).toBe(inner);
  });

  test('is kept when text follows its closing fence', () => {
    expect(parsePost(`${HEADER}\`\`\`markdown\n${INNER}\n\`\`\`\n\nNow try it yourself.\n-EndOFText-`).body).toBe(
      `\`\`\`markdown\n${INNER}\n\`\`\`\n\nNow try it yourself.`,
    );
  });

  test('is unwrapped when only a closing remark follows its closing fence, and the remark is dropped', () => {
    const post = parsePost(`${HEADER}\`\`\`markdown\n${INNER}\n\`\`\`\n\nHope this helps!\n-EndOFText-`);
    expect(post.body).toBe(INNER);
    expect(post.warnings).toContain('The model added a remark after the post; it was not kept: "Hope this helps!"');
  });

  test('is kept when the reply stops before the closing fence', () => {
    expect(parsePost(`${HEADER}\`\`\`markdown\n\n${INNER}`)).toMatchObject({ body: `\`\`\`markdown\n\n${INNER}`, ended: false });
  });

  test('a body that opens with a bare code block keeps it', () => {
    const body = '```\nnpm install\n```\n\nThen start the server.';
    expect(parsePost(`${HEADER}${body}\n-EndOFText-`).body).toBe(body);
  });

  test('a body that opens with a ```lang code block is never unwrapped', () => {
    const body = '```bash\nnpm install\n```';
    expect(parsePost(`${HEADER}${body}\n-EndOFText-`).body).toBe(body);
  });

  test('a fence opened before the header is closed at the end of the body', () => {
    expect(parsePost(`\`\`\`markdown\n${HEADER}${INNER}\n\`\`\`\n-EndOFText-`).body).toBe(INNER);
    const markerInside = parsePost(`\`\`\`markdown\n${HEADER}${INNER}\n-EndOFText-\n\`\`\``);
    expect(markerInside).toMatchObject({ body: INNER, ended: true });
    expect(markerInside.warnings).toEqual(['The model wrote no META_DESCRIPTION.', 'The model wrote no CATEGORIES.']);
  });
});

describe('snapshots around an opening fence', () => {
  test('hide it while it may wrap the body, and bring it back once it does not', () => {
    const parser = new PostParser();
    parser.push(`${HEADER}\`\`\`\nnpm install\n`);
    expect(parser.snapshot().body).toBe('npm install');
    parser.push('```\n\nThen');
    expect(parser.snapshot().body).toBe('npm install');
    parser.push(' start it.\n');
    expect(parser.snapshot().body).toBe('```\nnpm install\n```\n\nThen start it.');
    expect(parser.finish().body).toBe('```\nnpm install\n```\n\nThen start it.');
  });
});

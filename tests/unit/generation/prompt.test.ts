import { describe, expect, it } from 'vitest';
import { buildUserMessage, END_MARKER, SYSTEM_PROMPT } from '@/lib/generation/prompt';
import { CATEGORIES } from '@/lib/post-format/categories';

describe('the prompt', () => {
  it('asks for the seed format with every category, spelled as in the list', () => {
    for (const label of ['TITLE:', 'META_DESCRIPTION:', 'TAGS:', 'CATEGORIES:']) expect(SYSTEM_PROMPT).toContain(label);
    expect(SYSTEM_PROMPT).toContain(END_MARKER);
    for (const category of CATEGORIES) expect(SYSTEM_PROMPT).toContain(`"${category}"`);
  });

  it('passes the topic, the word target of the chosen length and only the options that were given', () => {
    const long = buildUserMessage({ topic: 'Rust for web servers', keywords: 'rust web', tone: 'friendly', audience: '', length: 'long' });
    expect(long).toContain('TOPIC: Rust for web servers');
    expect(long).toContain('Target length: 4,500 to 6,000 words.');
    expect(long).toContain('Focus keywords (use them naturally in the title, the first paragraph and a heading): rust web');
    expect(long).toContain('Tone: friendly');
    expect(long).not.toContain('Audience:');
    const short = buildUserMessage({ topic: 'T', keywords: '', tone: '', audience: '', length: 'short' });
    expect(short).toBe('TOPIC: T\nTarget length: 1,500 to 2,500 words.');
  });

  it('asks for the chosen language and the reviewed outline when there are ones', () => {
    const message = buildUserMessage({
      topic: 'T',
      keywords: '',
      tone: '',
      audience: '',
      length: 'standard',
      language: 'German',
      outline: '- ## One\n- ## Two',
    });
    expect(message).toContain('Write the whole post, title and metadata included, in German.');
    expect(message).toContain('Follow this outline, section by section:\n- ## One\n- ## Two');
  });
});

import { describe, expect, it } from 'vitest';
import { buildUserMessage, END_MARKER, systemPrompt } from '@/lib/generation/prompt';
import { CATEGORIES } from '@/lib/post-format/categories';
import { SEO_LIMITS } from '@/lib/seo';

// The category list of the seed prompt, copied verbatim: the model may choose only from these, spelled so.
const SEED_CATEGORIES =
  '"News", "Reviews", "Tutorials", "How-to Guides", "Product Comparisons", "Tips and Tricks", "Industry Analysis", "Emerging Technologies", "Software Development", "Cybersecurity", "Artificial Intelligence", "Internet of Things (IoT)", "Data Science", "Gaming", "Mobile Technology", "Social Media", "E-commerce and Online Business", "Wearable Technology", "Virtual Reality (VR) and Augmented Reality (AR)", "Tech Events and Conferences", "Digital Marketing and SEO", "Cloud Computing", "Hardware and Components", "Internet and Connectivity", "Programming and Coding", "Tech Tips for Beginners", "Data Privacy and Protection", "Science and Technology", "Tech Careers and Job Opportunities", "Tech Ethics and Policy", "Home Automation", "Robotics and Automation", "Blockchain Technology", "Audio and Video Technology", "Tech for Education and Learning", "Health Tech and Wearables", "Tech for Small Businesses", "Social Impact of Technology", "Tech Gadgets for Home", "Green Tech and Sustainability", "Web Hosting Reviews", "Server Management and Optimization", "Website Security and SSL Certificates", "Content Delivery Networks (CDNs)", "Domain Name Registration", "Cloud Hosting and Services", "Dedicated Servers", "Shared Hosting", "Virtual Private Servers (VPS)", "Website Backup and Recovery", "Server Monitoring and Performance", "Server Hardware and Infrastructure", "Web Hosting Tutorials and Guides", "WordPress Hosting and Plugins", "E-commerce Hosting Solutions", "Email Hosting and Communication", "Database Management", "Web Development Frameworks", "Server-Side Scripting and Languages", "Server Virtualization"';

const LENGTHS = ['short', 'standard', 'long'] as const;
const SYSTEM_PROMPT = systemPrompt(CATEGORIES);

function rule(field: string): string {
  const line = SYSTEM_PROMPT.split('\n').find((candidate) => candidate.startsWith(`- ${field}: `));
  if (line === undefined) throw new Error(`The prompt has no rule for ${field}.`);
  return line;
}

/** The `<min> to <max> <unit>` range a line of the prompt states, as numbers. */
function statedRange(text: string, unit: string): { min: number; max: number } | null {
  const match = new RegExp(`([\\d,]+) to ([\\d,]+) ${unit}`).exec(text);
  return match ? { min: Number(match[1]?.replace(/,/g, '')), max: Number(match[2]?.replace(/,/g, '')) } : null;
}

describe('the prompt', () => {
  it('asks for the seed format: four header lines, the post, then the end marker', () => {
    expect(SYSTEM_PROMPT).toContain(
      `TITLE: <post title>\nMETA_DESCRIPTION: <meta description>\nTAGS: <tags>\nCATEGORIES: <categories>\n\n<post content>\n${END_MARKER}\n`,
    );
  });

  it('states the lengths and counts the SEO checks pass', () => {
    const { title, metaDescription, tags, categories } = SEO_LIMITS;
    expect({
      title: statedRange(rule('TITLE'), 'characters'),
      metaDescription: statedRange(rule('META_DESCRIPTION'), 'characters'),
      tags: statedRange(rule('TAGS'), 'tags'),
      categories: statedRange(rule('CATEGORIES'), 'categories'),
    }).toEqual({
      title: { min: title.min, max: title.max },
      metaDescription: { min: metaDescription.min, max: metaDescription.max },
      tags: { min: tags.min, max: tags.max },
      categories: { min: categories.min, max: categories.max },
    });
  });

  it.each(LENGTHS)('asks a %s post for the word range its length check passes', (length) => {
    const message = buildUserMessage({ topic: 'T', keywords: '', tone: '', audience: '', length });
    expect(statedRange(message, 'words')).toEqual(SEO_LIMITS.words[length]);
  });

  it('offers exactly the seed prompt’s categories, in its order and spelling', () => {
    expect(rule('CATEGORIES').match(/"[^"]*"(?:, "[^"]*")*/)?.[0]).toBe(SEED_CATEGORIES);
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

describe('the category list offered', () => {
  it('is the fixed 60 in order, then the categories an admin added', () => {
    const rule = systemPrompt([...CATEGORIES, 'Local Events'])
      .split('\n')
      .find((line) => line.startsWith('- CATEGORIES: '));
    expect(rule).toContain(`${SEED_CATEGORIES}, "Local Events".`);
  });
});

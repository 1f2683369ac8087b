import type { Draft } from '@/lib/drafts/draft';
import { SEO_LIMITS } from '@/lib/seo';

export const END_MARKER = '-EndOFText-';

const { title, metaDescription, tags, categories } = SEO_LIMITS;

/**
 * The seed prompt's intent and format, as a system prompt; the topic and options go in the user turn. `categoryList` is
 * the list offered: the fixed 60 (the seed's), then any an admin added (lib/categories).
 */
export const systemPrompt = (
  categoryList: readonly string[],
) => `You are a content generator. Given a topic, you write one large-format, expanded, very detailed blog post, optimised for search engines.

Reply in exactly this format and nothing else:
TITLE: <post title>
META_DESCRIPTION: <meta description>
TAGS: <tags>
CATEGORIES: <categories>

<post content>
${END_MARKER}

Rules:
- TITLE: take the given topic and make an SEO-friendly, catchy title from it, ${title.min} to ${title.max} characters.
- META_DESCRIPTION: a short meta description for the post, ${metaDescription.min} to ${metaDescription.max} characters.
- TAGS: a comma-separated list of ${tags.min} to ${tags.max} tags for the article.
- CATEGORIES: a comma-separated list of ${categories.min} to ${categories.max} categories, chosen only from this list, spelled exactly as here: ${categoryList.map((name) => `"${name}"`).join(', ')}.
- The post content is the actual, very long post, formatted in Markdown: start with an introduction, use ## and ### headings (never #, the title is the page heading), lists, tables and examples where they help, and end with a conclusion. It must be very detailed.
- After the content is complete, write ${END_MARKER} on its own line.
- Do not add any text before TITLE: or after ${END_MARKER}.`;

type PromptOptions = Pick<Draft, 'topic' | 'keywords' | 'tone' | 'audience' | 'length'> & Partial<Pick<Draft, 'language' | 'outline'>>;

export function buildUserMessage(options: PromptOptions): string {
  const target = SEO_LIMITS.words[options.length];
  const lines = [
    `TOPIC: ${options.topic}`,
    `Target length: ${target.min.toLocaleString('en')} to ${target.max.toLocaleString('en')} words.`,
  ];
  if (options.keywords)
    lines.push(`Focus keywords (use them naturally in the title, the first paragraph and a heading): ${options.keywords}`);
  if (options.tone) lines.push(`Tone: ${options.tone}`);
  if (options.audience) lines.push(`Audience: ${options.audience}`);
  if (options.language) lines.push(`Write the whole post, title and metadata included, in ${options.language}.`);
  if (options.outline) lines.push(`Follow this outline, section by section:\n${options.outline}`);
  return lines.join('\n');
}

export const METADATA_INSTRUCTIONS =
  'Rewrite only the metadata of the blog post below: reply with the TITLE:, META_DESCRIPTION:, TAGS: and CATEGORIES: lines in the format above, then stop. Do not repeat the post.';

export const OUTLINE_INSTRUCTIONS =
  'Before the post is written, propose its outline only: a Markdown list of the ## and ### headings the post will have, each with a one-line note of what it covers. Reply with the list and nothing else.';

/**
 * The second part of a user turn that asks a model which refuses a prefill to go on with a post it was cut
 * off in. `shown` is the post so far (see textShownForContinuation); the reply is aligned to it.
 */
export function buildContinuationRequest(shown: string): string {
  return [
    'Your reply to the request above was cut off. This is the post as written so far:',
    '<post_so_far>',
    shown,
    '</post_so_far>',
    'Continue the post from exactly where it stops. Begin with the next words after the last word shown and do not repeat anything that is already there. Write no preamble and no comment: only the rest of the post, in the same format,',
    `ending with ${END_MARKER} on its own line once the post is complete.`,
  ].join('\n');
}

import 'server-only';
import { listCategories } from '@/lib/categories';
import { getDraft, replaceMetadata } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { AppError } from '@/lib/errors';
import { parsePost } from '@/lib/post-format';
import { askModelOnce } from './ask-model';
import { METADATA_INSTRUCTIONS } from './prompt';
import { modelForDraft, providerFor } from './providers';

const MAX_BODY_CHARS = 60_000;

/** Asks the model for a new title, meta description, tags and categories written from the body as it is now. */
export async function regenerateMetadata({ id, version }: { id: string; version: number }): Promise<Draft> {
  const draft = await getDraft({ id });
  const choice = modelForDraft(draft.generation);
  // Without the key or endpoint of the draft's model, say so before anything else.
  providerFor(choice.provider);
  if (draft.status === 'generating') throw new AppError('invalid_state', 'The post is still being written.');
  if (draft.version !== version) throw new AppError('version_conflict', 'The draft changed since you opened it. Reload, then try again.');
  if (!draft.content.trim()) throw new AppError('validation_failed', 'Write or generate a body first: the metadata is written from it.');
  const text = await askModelOnce({
    choice,
    userMessage: `${METADATA_INSTRUCTIONS}\n\nTOPIC: ${draft.topic}\n\nPOST:\n${draft.content.slice(0, MAX_BODY_CHARS)}`,
    maxTokens: 1_024,
    retryHint: 'Try again in a moment.',
  });
  const parsed = parsePost(text, { categories: await listCategories() });
  if (!parsed.title && !parsed.metaDescription && parsed.tags.length === 0 && parsed.categories.length === 0) {
    throw new AppError('generation_unavailable', 'The model answered without any metadata. Try again.');
  }
  return replaceMetadata({ id, version, parsed });
}

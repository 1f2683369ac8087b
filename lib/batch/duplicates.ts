import 'server-only';
import { db } from '@/lib/db/client';
import { normaliseTopic } from './normalise';
import type { DuplicateTopic } from './view';

const DRAFTS_SHOWN = 3;

/**
 * Topics that already have a draft, or that appear earlier in the same list, compared normalised (case,
 * spacing and punctuation ignored). Every draft's topic is read: fine for a self-hosted library of posts.
 */
export async function findDuplicateTopics({ topics }: { topics: { line: number; topic: string }[] }): Promise<DuplicateTopic[]> {
  if (topics.length === 0) return [];
  const drafts = await db().draft.findMany({
    select: { id: true, topic: true, title: true, status: true },
    orderBy: { createdAt: 'desc' },
  });
  const byTopic = new Map<string, DuplicateTopic['drafts']>();
  for (const draft of drafts) {
    const key = normaliseTopic(draft.topic);
    const list = byTopic.get(key) ?? [];
    if (list.length < DRAFTS_SHOWN) list.push({ id: draft.id, title: draft.title, status: draft.status });
    byTopic.set(key, list);
  }
  const firstLine = new Map<string, number>();
  const duplicates: DuplicateTopic[] = [];
  for (const { line, topic } of topics) {
    const key = normaliseTopic(topic);
    const earlierLine = firstLine.get(key) ?? null;
    if (earlierLine === null) firstLine.set(key, line);
    const existing = byTopic.get(key) ?? [];
    if (existing.length > 0 || earlierLine !== null) duplicates.push({ line, topic, drafts: existing, earlierLine });
  }
  return duplicates;
}

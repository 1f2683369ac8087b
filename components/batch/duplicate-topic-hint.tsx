'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { DuplicateTopic, TopicCheck } from '@/lib/batch/view';
import { callApi } from '@/lib/client/api';

const CHECK_DELAY_MS = 500;

/** For the single-topic form: says when a draft about the same topic (normalised) exists already. */
export function DuplicateTopicHint({ topic }: { topic: string }) {
  const [duplicate, setDuplicate] = useState<DuplicateTopic | null>(null);
  const text = topic.replace(/\s+/g, ' ').trim();

  useEffect(() => {
    if (!text) {
      setDuplicate(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const check = await callApi<TopicCheck>('/api/batches/check-duplicates', { method: 'POST', body: { topics: text } });
        if (!stale) setDuplicate(check.duplicates[0] ?? null);
      } catch {
        if (!stale) setDuplicate(null);
      }
    }, CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text]);

  const draft = duplicate?.drafts[0];
  if (!draft) return null;
  return (
    <p role="status" data-testid="duplicate-warning" className="text-xs text-amber-800 dark:text-amber-300">
      A draft about this topic exists already:{' '}
      <Link href={`/drafts/${draft.id}`} className="underline">
        {draft.title || 'untitled draft'}
      </Link>
      {duplicate.drafts.length > 1 && ` and ${duplicate.drafts.length - 1} more`}. Writing it again makes another draft.
    </p>
  );
}

import Link from 'next/link';
import { ModelNotice } from '@/components/model-notice';
import { RecentDrafts } from '@/components/recent-drafts';
import { TopicForm } from '@/components/topic-form';
import { listDrafts } from '@/lib/drafts';
import { configuredModelLifecycle, generationAvailable, MISSING_KEY_MESSAGE, modelsToOffer } from '@/lib/generation';

export const dynamic = 'force-dynamic';

export default async function NewPostPage() {
  // Not awaited: the form is usable while an endpoint lists its models.
  const models = modelsToOffer();
  const recent = await listDrafts({ limit: 5 });
  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="new-post-heading">
        <h1 id="new-post-heading" className="text-2xl font-semibold tracking-tight">
          New post
        </h1>
        <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">
          Type a topic. Claude (or the model you pick) writes a long, structured SEO post and you watch it arrive; it is saved as a draft as
          it is written.
        </p>
        <div className="mb-4 empty:hidden">
          <ModelNotice lifecycle={configuredModelLifecycle()} />
        </div>
        <TopicForm generationAvailable={generationAvailable()} missingKeyMessage={MISSING_KEY_MESSAGE} models={models} />
      </section>
      <section aria-labelledby="recent-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="recent-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
            Recent drafts
          </h2>
          <Link href="/drafts" className="text-sm text-amber-700 hover:underline dark:text-amber-400">
            All drafts →
          </Link>
        </div>
        <RecentDrafts drafts={recent.items} emptyMessage="No drafts yet. Your first post will appear here." />
      </section>
    </div>
  );
}

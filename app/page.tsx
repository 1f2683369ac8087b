import { ModelNotice } from '@/components/model-notice';
import { RecentDrafts } from '@/components/recent-drafts';
import { TopicForm } from '@/components/topic-form';
import { FormPage } from '@/components/ui/form-page';
import { listDrafts } from '@/lib/drafts';
import { configuredModelLifecycle, generationAvailable, MISSING_KEY_MESSAGE, modelsToOffer } from '@/lib/generation';

export const dynamic = 'force-dynamic';

export default async function NewPostPage() {
  // Not awaited: the form is usable while an endpoint lists its models.
  const models = modelsToOffer();
  const recent = await listDrafts({ limit: 5 });
  return (
    <FormPage
      id="new-post"
      title="New post"
      intro="Type a topic. Claude (or the model you pick) writes a long, structured SEO post and you watch it arrive; it is saved as a draft as it is written."
      aside={{
        title: 'Recent drafts',
        link: { href: '/drafts', label: 'All drafts →' },
        children: <RecentDrafts drafts={recent.items} emptyMessage="No drafts yet. Your first post will appear here." />,
      }}
    >
      <div className="mb-4 empty:hidden">
        <ModelNotice lifecycle={configuredModelLifecycle()} />
      </div>
      <TopicForm generationAvailable={generationAvailable()} missingKeyMessage={MISSING_KEY_MESSAGE} models={models} />
    </FormPage>
  );
}

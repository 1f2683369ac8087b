import type { Metadata } from 'next';
import { CategoriesSection } from '@/components/settings/categories-section';
import { ProviderSection } from '@/components/settings/provider-section';
import { PublishingSection } from '@/components/settings/publishing-section';
import { NoticePage } from '@/components/ui/notice-page';
import { pageAccess } from '@/lib/auth';
import { listCustomCategories } from '@/lib/categories';
import { describeModelSetup } from '@/lib/generation';
import { CATEGORIES } from '@/lib/post-format';
import { canStoreSecrets, listConnections } from '@/lib/publish';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const access = await pageAccess('settings.manage');
  if (!access.allowed)
    return <NoticePage title="Settings" message={access.message} action={{ href: '/drafts', label: 'Back to the drafts' }} />;
  const [{ providers, defaultModel }, connections, customCategories] = await Promise.all([
    describeModelSetup(),
    listConnections(),
    listCustomCategories(),
  ]);
  const offered = providers.some((setup) => setup.models.some((model) => model.id === defaultModel));
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          The models this install writes with, the categories posts are filed under, and the sites it publishes to. Models are set in the
          environment (the README&apos;s Configuration) and read when the app starts; Test asks a model for one word.
        </p>
      </div>
      <p data-testid="default-model" className="text-sm">
        Default model: <code className="font-mono [overflow-wrap:anywhere]">{defaultModel}</code>
        {offered ? '. New posts use it unless another is picked on the form; ' : '. It is not offered here: set '}
        <code className="font-mono">DEFAULT_MODEL</code>
        {offered ? ' changes it.' : ' to one of the models below.'}
      </p>
      {providers.map((setup) => (
        <ProviderSection key={setup.provider} setup={setup} />
      ))}
      <CategoriesSection fixed={CATEGORIES} initial={customCategories} />
      <PublishingSection initial={connections} canStoreSecrets={canStoreSecrets()} />
    </div>
  );
}

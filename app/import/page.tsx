import { ImportForm } from '@/components/import-form';
import { NoticePage } from '@/components/ui/notice-page';
import { pageAccess } from '@/lib/auth';

export const metadata = { title: 'Import' };

export default async function ImportPage() {
  const access = await pageAccess('drafts.import');
  if (!access.allowed)
    return <NoticePage title="Import Markdown" message={access.message} action={{ href: '/drafts', label: 'Back to the drafts' }} />;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">Import Markdown</h1>
      <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">
        Bring posts in as drafts: one or many Markdown files with front matter, or a zip of them (up to 500 files, 20 MB).
      </p>
      <ImportForm />
    </div>
  );
}

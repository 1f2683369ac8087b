import { BatchForm } from '@/components/batch/batch-form';
import { BatchList } from '@/components/batch/batch-list';
import { listBatches } from '@/lib/batch';
import { generationAvailable, MISSING_KEY_MESSAGE, modelsToOffer } from '@/lib/generation';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Batches' };

export default async function BatchesPage() {
  const batches = await listBatches({ limit: 20 });
  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="new-batch-heading">
        <h1 id="new-batch-heading" className="text-2xl font-semibold tracking-tight">
          New batch
        </h1>
        <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">
          Paste a list of topics or upload a CSV: each topic becomes a draft, written a few at a time in the background.
        </p>
        <BatchForm generationAvailable={generationAvailable()} missingKeyMessage={MISSING_KEY_MESSAGE} models={modelsToOffer()} />
      </section>
      <section aria-labelledby="recent-batches-heading">
        <h2 id="recent-batches-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
          Recent batches
        </h2>
        <BatchList batches={batches} />
      </section>
    </div>
  );
}

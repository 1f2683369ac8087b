import { BatchForm } from '@/components/batch/batch-form';
import { BatchList } from '@/components/batch/batch-list';
import { FormPage } from '@/components/ui/form-page';
import { listBatches } from '@/lib/batch';
import { generationAvailable, MISSING_KEY_MESSAGE, modelsToOffer } from '@/lib/generation';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Batches' };

export default async function BatchesPage() {
  const batches = await listBatches({ limit: 20 });
  return (
    <FormPage
      id="new-batch"
      title="New batch"
      intro="Paste a list of topics or upload a CSV: each topic becomes a draft, written a few at a time in the background."
      aside={{ title: 'Recent batches', children: <BatchList batches={batches} /> }}
    >
      <BatchForm generationAvailable={generationAvailable()} missingKeyMessage={MISSING_KEY_MESSAGE} models={modelsToOffer()} />
    </FormPage>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BatchMonitor } from '@/components/batch/batch-monitor';
import { currentPrincipal, mayChange } from '@/lib/auth';
import { getBatch } from '@/lib/batch';
import type { BatchView } from '@/lib/batch/view';
import { isAppError } from '@/lib/errors';
import { generationAvailable, MISSING_KEY_MESSAGE } from '@/lib/generation';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function loadBatch(id: string): Promise<BatchView> {
  try {
    return await getBatch({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await loadBatch(id)).name };
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function BatchPage({ params }: Props) {
  const { id } = await params;
  const batch = await loadBatch(id);
  const principal = await currentPrincipal();
  const controls = principal !== null && mayChange(principal, batch.createdById);
  const { options } = batch;
  const settings = [
    options.length,
    options.tone && `tone: ${options.tone}`,
    options.audience && `for ${options.audience}`,
    options.keywords && `keywords: ${options.keywords}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="space-y-6">
      <div>
        <Link href="/batches" className="text-sm text-amber-700 hover:underline dark:text-amber-400">
          ← Batches
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{batch.name}</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {batch.jobs.length} topics · created {dateFormat.format(new Date(batch.createdAt))} UTC · {settings}
        </p>
      </div>
      {!generationAvailable() && (
        <div
          role="status"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Generation is off: queued topics wait until the app runs with an API key.</p>
          <p className="mt-1">{MISSING_KEY_MESSAGE}</p>
        </div>
      )}
      <BatchMonitor initial={batch} controls={controls} />
    </div>
  );
}

import type { BatchProgress } from '@/lib/batch/progress';

const numbers = new Intl.NumberFormat('en');
const dollars = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

function formatEta(progress: BatchProgress): string {
  if (!progress.active) return 'Finished';
  if (progress.etaMs === null) return 'Estimating…';
  const minutes = Math.round(progress.etaMs / 60_000);
  if (minutes < 1) return 'Under a minute';
  if (minutes < 90) return `About ${minutes} min`;
  return `About ${(minutes / 60).toFixed(1)} h`;
}

export function BatchStats({ progress, models }: { progress: BatchProgress; models: string[] }) {
  const items = [
    ['Time left', formatEta(progress)],
    ['Tokens in / out', `${numbers.format(progress.inputTokens)} / ${numbers.format(progress.outputTokens)}`],
    ['Cost so far', progress.cost === null ? 'No price for this model' : dollars.format(progress.cost)],
    ['Model', models.join(', ') || '—'],
  ] as const;
  return (
    <dl data-testid="batch-stats" className="grid grid-cols-2 gap-3 text-xs text-stone-500 sm:grid-cols-4 dark:text-stone-400">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="font-semibold uppercase tracking-wide">{label}</dt>
          <dd className="mt-0.5 text-sm text-stone-800 dark:text-stone-200">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

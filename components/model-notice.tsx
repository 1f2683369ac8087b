import type { ModelLifecycle } from '@/lib/generation';

function formatDay(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Says when the configured model is deprecated or no longer served, and which model to set instead. */
export function ModelNotice({ lifecycle }: { lifecycle: ModelLifecycle }) {
  if (lifecycle.state === 'current') return null;
  const { model, endOfLife, replacement, state } = lifecycle;
  const retired = state === 'retired';
  return (
    <div
      role={retired ? 'alert' : 'status'}
      data-testid="model-notice"
      data-state={state}
      className={
        retired
          ? 'rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100'
          : 'rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100'
      }
    >
      <p className="font-medium">
        {retired
          ? `The model ${model} reached its end of life on ${formatDay(endOfLife)}: the API no longer writes with it.`
          : `The model ${model} is deprecated: the API stops serving it on ${formatDay(endOfLife)}.`}
      </p>
      <p className="mt-1">
        Set <code className="font-mono">ANTHROPIC_MODEL={replacement}</code> (or another current model) and restart the app
        {retired ? ' to write, resume or regenerate posts.' : ' before then.'}
      </p>
    </div>
  );
}

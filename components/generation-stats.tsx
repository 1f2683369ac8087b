'use client';

import { modelLabel } from '@/components/model-label';
import { useModelPricing } from '@/hooks/use-model-pricing';
import { costOf, type Pricing } from '@/lib/batch/prices';
import type { Draft } from '@/lib/drafts/draft';

// Continuations re-send the text so far, so a long or often-resumed post costs more input than one round.
function formatCost(draft: Draft, pricing: Pricing): string {
  const cost = costOf(draft.generation, pricing);
  if (draft.generation.inputTokens + draft.generation.outputTokens === 0) return '—';
  if (cost === undefined) return 'no price for this model: tokens only';
  if (cost === 0 && draft.generation.provider === 'openai') return '$0.00 (local model)';
  const dollars = `$${cost < 0.01 && cost > 0 ? cost.toFixed(4) : cost.toFixed(2)}`;
  return draft.generation.tokensEstimated ? `≈ ${dollars}` : dollars;
}

const ESTIMATED_NOTE = 'A round was cut short before the API reported its usage: its tokens are estimated from the text.';

// Zero from a draft the model wrote into means the figures were never recorded (a run lost to a crash), not "free".
function tokensText({ generation, raw }: Draft): string {
  if (generation.inputTokens + generation.outputTokens === 0) return raw ? 'not recorded' : '—';
  const figures = `${generation.inputTokens.toLocaleString('en')} / ${generation.outputTokens.toLocaleString('en')}`;
  return generation.tokensEstimated ? `≈ ${figures}` : figures;
}

export function GenerationStats({ draft, words }: { draft: Draft; words: number }) {
  const { generation } = draft;
  const pricing = useModelPricing();
  const items = [
    ['Words', words.toLocaleString('en')],
    ['Model', generation.model ? modelLabel(generation) : '—'],
    ['Tokens in / out', tokensText(draft)],
    ['Cost', formatCost(draft, pricing)],
    ['Rounds', generation.rounds > 0 ? String(generation.rounds) : draft.raw ? 'not recorded' : '—'],
    ['Stop reasons', generation.stopReasons.join(', ') || '—'],
    ['Duration', generation.durationMs ? `${(generation.durationMs / 1000).toFixed(1)} s` : '—'],
  ] as const;
  return (
    <dl
      data-testid="generation-stats"
      className="grid grid-cols-2 gap-3 text-xs text-stone-500 sm:grid-cols-3 lg:grid-cols-7 dark:text-stone-400"
    >
      {items.map(([label, value]) => (
        <div key={label} data-testid={`generation-stat-${label.split(' ')[0]?.toLowerCase()}`} className="min-w-0">
          <dt className="font-semibold uppercase tracking-wide">{label}</dt>
          <dd
            className="mt-0.5 text-stone-700 [overflow-wrap:anywhere] dark:text-stone-300"
            title={generation.tokensEstimated && (label === 'Tokens in / out' || label === 'Cost') ? ESTIMATED_NOTE : undefined}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

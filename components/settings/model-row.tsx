import type { ModelSetting } from '@/lib/generation';
import { ModelTest } from './model-test';

// List prices per million tokens read best as written: $2, $0.80.
const dollars = (amount: number) => `$${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;

function priceText(price: ModelSetting['price']): string {
  if (!price) return 'No price known: tokens are counted';
  if (price.input === 0 && price.output === 0) return 'Free: runs locally';
  return `${dollars(price.input)} in · ${dollars(price.output)} out per million tokens`;
}

/** One offered model on /settings: its id, whether it is the default, its price and its Test button. */
export function ModelRow({ model }: { model: ModelSetting }) {
  return (
    <li data-testid="settings-model" data-id={model.id} className="grid gap-2 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:gap-4">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-sm font-medium [overflow-wrap:anywhere]">{model.model}</span>
          {model.default && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              Default
            </span>
          )}
        </p>
        <p className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">{priceText(model.price)}</p>
      </div>
      <ModelTest id={model.id} model={model.model} />
    </li>
  );
}

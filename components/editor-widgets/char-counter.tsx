import { type CheckStatus, lengthStatus } from '@/lib/seo';

type CharCounterProps = {
  length: number;
  min: number;
  max: number;
  /** Below or above these the length fails its check; without them, 10 off the range does. */
  failBelow?: number;
  failAbove?: number;
  id?: string;
};

type CounterState = 'within' | 'close' | 'outside';

const CLOSE_MARGIN = 10;

const STATES: Record<CheckStatus, CounterState> = { pass: 'within', warn: 'close', fail: 'outside' };

const STYLES: Record<CounterState, string> = {
  within: 'text-emerald-700 dark:text-emerald-400',
  close: 'text-amber-700 dark:text-amber-400',
  outside: 'text-rose-700 dark:text-rose-400',
};

function spokenState(length: number, min: number, max: number): string {
  if (length < min) return `${min - length} short of the ${min} to ${max} target`;
  if (length > max) return `${length - max} over the ${min} to ${max} target`;
  return `within the ${min} to ${max} target`;
}

/** A length against its range, coloured as the SEO check grades it: within passes, close warns, outside fails. */
export function CharCounter({ length, min, max, failBelow = min - CLOSE_MARGIN, failAbove = max + CLOSE_MARGIN, id }: CharCounterProps) {
  const state = STATES[lengthStatus(length, { min, max, failBelow, failAbove })];
  return (
    <span
      id={id}
      data-testid="char-counter"
      data-state={state}
      aria-live="polite"
      className={`text-xs font-medium tabular-nums ${STYLES[state]}`}
    >
      <span aria-hidden="true">
        {length} / {min}–{max}
      </span>
      <span className="sr-only">
        {length} characters, {spokenState(length, min, max)}
      </span>
    </span>
  );
}

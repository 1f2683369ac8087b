type CharCounterProps = {
  length: number;
  min: number;
  max: number;
  id?: string;
};

type CounterState = 'within' | 'close' | 'outside';

const CLOSE_MARGIN = 10;

const STYLES: Record<CounterState, string> = {
  within: 'text-emerald-700 dark:text-emerald-400',
  close: 'text-amber-700 dark:text-amber-400',
  outside: 'text-rose-700 dark:text-rose-400',
};

function counterState(length: number, min: number, max: number): CounterState {
  if (length >= min && length <= max) return 'within';
  return length >= min - CLOSE_MARGIN && length <= max + CLOSE_MARGIN ? 'close' : 'outside';
}

function spokenState(length: number, min: number, max: number): string {
  if (length < min) return `${min - length} short of the ${min} to ${max} target`;
  if (length > max) return `${length - max} over the ${min} to ${max} target`;
  return `within the ${min} to ${max} target`;
}

export function CharCounter({ length, min, max, id }: CharCounterProps) {
  const state = counterState(length, min, max);
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

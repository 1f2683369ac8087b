const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const EXCERPT_WORDS = 6;

/** `3200` → `3,200`, `0.456` → `0.5`. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** `0.456` → `0.46%`. */
export function formatPercent(percent: number): string {
  return `${PERCENT.format(percent)}%`;
}

/** `1 word` / `2 words`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}

/** The first few words of a text in quotes, to point at it on one line: `"Docker images are built from…"`. */
export function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  const start = words.slice(0, EXCERPT_WORDS).join(' ');
  return `"${start}${words.length > EXCERPT_WORDS ? '…' : ''}"`;
}

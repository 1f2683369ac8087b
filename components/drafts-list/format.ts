const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const shortDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const integer = new Intl.NumberFormat('en');

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "5 minutes ago" for the last week, a date after that; rendered on the server at request time. */
export function updatedLabel(iso: string, now: number): string {
  const date = new Date(iso);
  let amount = Math.round((date.getTime() - now) / 1000);
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return unit === 'second' ? 'just now' : relative.format(amount, unit);
    amount = Math.round(amount / size);
  }
  return shortDate.format(date);
}

export function fullTimestamp(iso: string): string {
  return `${fullDate.format(new Date(iso))} UTC`;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

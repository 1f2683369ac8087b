/** A site's zone for people and for dates: the IANA name, else its fixed offset as `UTC+02:00`, else UTC. */
export function offsetZone(hours: number): string {
  if (!hours) return 'UTC';
  const minutes = Math.round(Math.abs(hours) * 60);
  const text = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `UTC${hours < 0 ? '-' : '+'}${text}`;
}

function zoneOffsetMs(instant: number, timeZone: string): number {
  const fixed = /^UTC([+-])(\d{2}):(\d{2})$/.exec(timeZone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  if (timeZone === 'UTC' || !timeZone) return 0;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value ?? 0);
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(instant / 1000) * 1000
  );
}

/**
 * The instant a date names: one with `Z` or an offset is that instant; one without is the site's local time in
 * `timeZone` (as WordPress reads a `date` without a zone). A site that names no zone is taken as UTC.
 */
export function instantOf(date: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(date)) return new Date(date);
  const asUtc = Date.parse(`${date}Z`);
  const first = asUtc - zoneOffsetMs(asUtc, timeZone);
  // Near a daylight-saving change the offset at the result may differ from the first guess's.
  return new Date(asUtc - zoneOffsetMs(first, timeZone));
}

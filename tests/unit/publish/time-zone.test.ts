import { describe, expect, it } from 'vitest';
import { instantOf, offsetZone } from '@/lib/publish/time-zone';

describe('instantOf', () => {
  it('reads a date without a zone as the site’s local time, daylight saving included', () => {
    expect(instantOf('2030-01-15T09:30', 'Europe/Berlin').toISOString()).toBe('2030-01-15T08:30:00.000Z');
    expect(instantOf('2030-07-15T09:30', 'Europe/Berlin').toISOString()).toBe('2030-07-15T07:30:00.000Z');
    expect(instantOf('2030-07-15T09:30', 'America/New_York').toISOString()).toBe('2030-07-15T13:30:00.000Z');
    expect(instantOf('2030-07-15T09:30', 'UTC+05:30').toISOString()).toBe('2030-07-15T04:00:00.000Z');
    expect(instantOf('2030-07-15T09:30', '').toISOString()).toBe('2030-07-15T09:30:00.000Z');
  });

  it('keeps a date that names its zone as that instant', () => {
    expect(instantOf('2030-07-15T09:30:00+02:00', 'America/New_York').toISOString()).toBe('2030-07-15T07:30:00.000Z');
  });

  it('names a fixed offset as WordPress gives it in hours', () => {
    expect(offsetZone(0)).toBe('UTC');
    expect(offsetZone(5.5)).toBe('UTC+05:30');
    expect(offsetZone(-3)).toBe('UTC-03:00');
  });
});

'use client';

import { inputClass } from '@/components/ui/form-styles';
import { segmentClass, segmentedGroupClass } from '@/components/ui/segmented';
import type { Connection, PublishStatus } from '@/lib/publish/schemas';

const STATUS_CHOICES: { value: PublishStatus; label: string }[] = [
  { value: 'draft', label: 'As a draft' },
  { value: 'future', label: 'Scheduled' },
  { value: 'publish', label: 'Published' },
];

export type PublishChoice = { target: string; status: PublishStatus; date: string };

/** A datetime-local value is the site's local time; for a site that names no zone it is sent as an instant from the browser's. */
export function publishBody(choice: PublishChoice, connection: Connection | undefined) {
  if (choice.status !== 'future' || !choice.date) return { target: choice.target, status: choice.status };
  return { target: choice.target, status: choice.status, date: connection?.timeZone ? choice.date : new Date(choice.date).toISOString() };
}

/** Site, status and, when scheduled, the date and time in the site's time zone (or the browser's, said so). */
export function PublishOptions({
  connections,
  choice,
  onChange,
}: {
  connections: Connection[];
  choice: PublishChoice;
  onChange: (choice: PublishChoice) => void;
}) {
  const connection = connections.find((item) => item.id === choice.target);
  const zone = connection?.timeZone
    ? `${connection.timeZone}, the site’s time zone`
    : `${Intl.DateTimeFormat().resolvedOptions().timeZone}, your time zone: the site does not say its own`;
  return (
    <>
      <label className="text-sm">
        <span className="mb-1 block text-xs font-medium">Site</span>
        <select className={inputClass} value={choice.target} onChange={(event) => onChange({ ...choice, target: event.target.value })}>
          {connections.map((item) => (
            <option key={item.id} value={item.id}>
              {item.siteName || item.url} ({item.type === 'wordpress' ? 'WordPress' : 'Ghost'})
            </option>
          ))}
        </select>
      </label>
      <div role="radiogroup" aria-label="Publish as" className={segmentedGroupClass}>
        {STATUS_CHOICES.map((item) => (
          // biome-ignore lint/a11y/useSemanticElements: a segmented control; the buttons carry the radio semantics
          <button
            key={item.value}
            type="button"
            role="radio"
            aria-checked={choice.status === item.value}
            className={segmentClass(choice.status === item.value)}
            onClick={() => onChange({ ...choice, status: item.value })}
          >
            {item.label}
          </button>
        ))}
      </div>
      {choice.status === 'future' && (
        <label className="text-sm">
          <span className="mb-1 block text-xs font-medium">Date and time ({zone})</span>
          <input
            type="datetime-local"
            className={inputClass}
            value={choice.date}
            required
            onChange={(event) => onChange({ ...choice, date: event.target.value })}
          />
        </label>
      )}
    </>
  );
}

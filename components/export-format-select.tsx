'use client';

import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/format';

const LABELS: Record<ExportFormat, string> = {
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  astro: 'Astro',
  docusaurus: 'Docusaurus',
  plain: 'Plain',
};

/** Which static site generator an export's front matter is written for; the label is read by screen readers only. */
export function ExportFormatSelect({
  id,
  value,
  onChange,
  className,
}: {
  id: string;
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
  className: string;
}) {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        Export format
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(EXPORT_FORMATS.find((known) => known === event.target.value) ?? 'hugo')}
        className={className}
      >
        {EXPORT_FORMATS.map((format) => (
          <option key={format} value={format}>
            {LABELS[format]}
          </option>
        ))}
      </select>
    </>
  );
}

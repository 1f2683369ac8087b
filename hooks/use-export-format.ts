'use client';

import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/format';
import { useStoredChoice } from './use-stored-choice';

/** The export preset a person last chose, remembered in this browser for every download. */
export function useExportFormat(): [ExportFormat, (format: ExportFormat) => void] {
  const [stored, store] = useStoredChoice('postsmith:export-format');
  return [EXPORT_FORMATS.find((format) => format === stored) ?? 'hugo', store];
}

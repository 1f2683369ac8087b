'use client';

import { useEffect, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/format';

const FORMAT_KEY = 'postsmith:export-format';

/** The export preset a person last chose, remembered in this browser for every download. */
export function useExportFormat(): [ExportFormat, (format: ExportFormat) => void] {
  const [format, setFormat] = useState<ExportFormat>('hugo');
  useEffect(() => {
    const stored = window.localStorage.getItem(FORMAT_KEY);
    if (stored && (EXPORT_FORMATS as readonly string[]).includes(stored)) setFormat(stored as ExportFormat);
  }, []);
  const choose = (next: ExportFormat) => {
    window.localStorage.setItem(FORMAT_KEY, next);
    setFormat(next);
  };
  return [format, choose];
}

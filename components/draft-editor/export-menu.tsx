'use client';

import { useState } from 'react';
import { ExportFormatSelect } from '@/components/export-format-select';
import { Button, buttonVariants } from '@/components/ui/button';
import { useExportFormat } from '@/hooks/use-export-format';
import { useStoredChoice } from '@/hooks/use-stored-choice';

export function ExportMenu({ draftId, markdown, previewId }: { draftId: string; markdown: string; previewId: string }) {
  const [format, setFormat] = useExportFormat();
  // Provenance (model, generated_at, approved_at in the front matter) is on unless the person turned it off.
  const [storedProvenance, storeProvenance] = useStoredChoice('postsmith:export-provenance');
  const provenance = storedProvenance !== 'off';
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async (kind: 'markdown' | 'html') => {
    try {
      if (kind === 'markdown') {
        await navigator.clipboard.writeText(markdown);
      } else {
        const html = document.getElementById(previewId)?.innerHTML ?? '';
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([markdown], { type: 'text/plain' }),
          }),
        ]);
      }
      setCopied(kind === 'markdown' ? 'Markdown copied' : 'HTML copied');
    } catch {
      setCopied('Copy failed: allow clipboard access, or select the text by hand');
    }
    setTimeout(() => setCopied(null), 2500);
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-stone-600 dark:text-stone-300">Front matter for</span>
        <ExportFormatSelect
          id="export-format"
          value={format}
          onChange={setFormat}
          className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
        />
        <label className="flex items-center gap-1.5 text-sm text-stone-600 dark:text-stone-300">
          <input type="checkbox" checked={provenance} onChange={(event) => storeProvenance(event.target.checked ? 'on' : 'off')} />
          Provenance (model and dates)
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <a
          href={`/api/drafts/${draftId}/export?format=${format}${provenance ? '' : '&provenance=false'}`}
          download
          className={buttonVariants({ size: 'sm', variant: 'primary' })}
        >
          Download .md
        </a>
        <Button size="sm" onClick={() => copy('markdown')}>
          Copy Markdown
        </Button>
        <Button size="sm" onClick={() => copy('html')}>
          Copy HTML
        </Button>
        {copied && (
          <span role="status" className="text-xs text-stone-500 dark:text-stone-400">
            {copied}
          </span>
        )}
      </div>
    </div>
  );
}

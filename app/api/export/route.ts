import { z } from 'zod';
import { peopleNames } from '@/lib/accounts';
import { authorize } from '@/lib/auth';
import { listDraftsForExport, listDraftsForExportByIds } from '@/lib/drafts';
import { DraftStatus } from '@/lib/drafts/draft';
import { AppError } from '@/lib/errors';
import { buildZip, ExportFormatSchema, exportContentDisposition, RAW_HTML_MODES, renderMarkdownFile } from '@/lib/export';
import { handle, parseWith } from '@/lib/http';

export const dynamic = 'force-dynamic';

const DraftIds = z
  .string()
  .transform((text) => [...new Set(text.split(',').map((id) => id.trim()))].filter((id) => id !== ''))
  .pipe(z.array(z.string().max(100)).min(1, 'Name at least one draft id.').max(500, 'Export at most 500 drafts by id at once.'));

const BulkExportQuery = z.object({
  status: DraftStatus.optional(),
  ids: DraftIds.optional(),
  format: ExportFormatSchema.default('hugo'),
  provenance: z.enum(['true', 'false']).default('true'),
  rawHtml: z.enum(RAW_HTML_MODES).default('escape'),
});

export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.export');
  const query = parseWith(BulkExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const drafts = query.ids
    ? await listDraftsForExportByIds({ ids: query.ids, status: query.status })
    : await listDraftsForExport({ status: query.status });
  if (query.ids && drafts.length === 0) {
    throw new AppError('not_found', 'None of the selected drafts can be exported: they were deleted or are still being written.');
  }
  const names = await peopleNames(drafts.flatMap((draft) => [draft.createdById, draft.approvedById]));
  const files = drafts.map((draft) =>
    renderMarkdownFile(draft, { format: query.format, provenance: query.provenance === 'true', rawHtml: query.rawHtml, names }),
  );
  // A copy on a plain ArrayBuffer, the body type fetch's Response accepts.
  const zip = new Uint8Array(buildZip(files, { format: query.format }));
  const name = `postsmith-${query.ids ? 'selected' : (query.status ?? 'all')}-${query.format}.zip`;
  return new Response(zip, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': exportContentDisposition(name),
      'Cache-Control': 'no-store',
    },
  });
});

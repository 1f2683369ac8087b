import { z } from 'zod';
import { DraftStatus } from '@/lib/drafts/draft';
import { listDraftsForExport } from '@/lib/drafts/queries';
import { buildZip, ExportFormatSchema, exportContentDisposition, renderMarkdownFile } from '@/lib/export';
import { parseWith } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

const BulkExportQuery = z.object({
  status: DraftStatus.optional(),
  format: ExportFormatSchema.default('hugo'),
  provenance: z.enum(['true', 'false']).default('true'),
});

export const GET = handle(async (request) => {
  const query = parseWith(BulkExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const drafts = await listDraftsForExport({ status: query.status });
  const files = drafts.map((draft) => renderMarkdownFile(draft, { format: query.format, provenance: query.provenance === 'true' }));
  // A copy on a plain ArrayBuffer, the body type fetch's Response accepts.
  const zip = new Uint8Array(buildZip(files));
  const name = `postsmith-${query.status ?? 'all'}-${query.format}.zip`;
  return new Response(zip, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': exportContentDisposition(name),
      'Cache-Control': 'no-store',
    },
  });
});

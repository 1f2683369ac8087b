import { z } from 'zod';
import { peopleNames } from '@/lib/accounts';
import { authorize } from '@/lib/auth';
import { getDraft } from '@/lib/drafts';
import { ExportFormatSchema, exportContentDisposition, RAW_HTML_MODES, renderMarkdownFile } from '@/lib/export';
import { handle, parseWith } from '@/lib/http';

export const dynamic = 'force-dynamic';

const ExportQuery = z.object({
  format: ExportFormatSchema.default('hugo'),
  provenance: z.enum(['true', 'false']).default('true'),
  rawHtml: z.enum(RAW_HTML_MODES).default('escape'),
});

export const GET = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.export');
  const { id } = await params;
  const query = parseWith(ExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const draft = await getDraft({ id });
  const file = renderMarkdownFile(draft, {
    names: await peopleNames([draft.createdById, draft.approvedById]),
    format: query.format,
    provenance: query.provenance === 'true',
    rawHtml: query.rawHtml,
  });
  return new Response(file.content, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': exportContentDisposition(file.filename),
      'Cache-Control': 'no-store',
    },
  });
});

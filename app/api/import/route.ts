import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { createImportedDrafts, EXISTING_CHOICES } from '@/lib/drafts';
import { AppError } from '@/lib/errors';
import { assertMutationAllowed, handle } from '@/lib/http';
import { MAX_IMPORT_BYTES, readImportUpload } from '@/lib/import';

export const dynamic = 'force-dynamic';

// A form field beside the files: what to do with a file that matches a draft already here (absent: ask).
const ExistingChoiceField = z.enum(EXISTING_CHOICES).default('ask');

// Files arrive as multipart form data (the one upload in the API); the body is capped before it is read,
// since an archive's declared sizes cannot be trusted.
const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES + 1_000_000;

export const POST = handle(async (request) => {
  assertMutationAllowed(request);
  const principal = await authorize(request.headers, 'drafts.import');
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('unsupported_media_type', 'Upload the files as multipart/form-data in a field named "files".');
  }
  if (Number(request.headers.get('content-length') ?? '0') > MAX_UPLOAD_BYTES) {
    throw new AppError(
      'payload_too_large',
      `The upload is larger than ${Math.round(MAX_IMPORT_BYTES / 1_000_000)} MB. Import fewer files at a time.`,
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('bad_request', 'The upload could not be read. Choose the files again and retry.');
  }
  const uploads = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
  if (uploads.length === 0) throw new AppError('validation_failed', 'Choose at least one .md file or a .zip of them.');
  const total = uploads.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_UPLOAD_BYTES) throw new AppError('payload_too_large', 'The upload is too large. Import fewer files at a time.');
  const files = await Promise.all(uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const existing = ExistingChoiceField.safeParse(form.get('existing') ?? undefined);
  if (!existing.success) throw new AppError('validation_failed', 'existing must be ask, update, skip or copy.');
  const read = await readImportUpload(files);
  // A second pass over the same files (after "update", "skip" or "copy") names the ones it is for: the rest were
  // imported by the first pass.
  const only = form.getAll('only').filter((name): name is string => typeof name === 'string');
  const drafts = only.length > 0 ? read.drafts.filter((draft) => only.includes(draft.sourceName)) : read.drafts;
  const problems = only.length > 0 ? [] : read.problems;
  if (drafts.length === 0) {
    // Nothing importable (a zip bomb, no Markdown, unreadable front matter…): a 4xx, and nothing stored.
    throw new AppError('validation_failed', 'None of the files could be imported. The list says why for each one.', { problems });
  }
  const outcome = await createImportedDrafts(drafts, existing.data, principalId(principal));
  // 201 when a draft was made; 200 when every file matched a draft already here (updated, skipped or to ask about).
  return NextResponse.json({ ...outcome, problems }, { status: outcome.created.length > 0 ? 201 : 200 });
});

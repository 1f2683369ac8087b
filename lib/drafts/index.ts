import 'server-only';

// lib/drafts' server surface: every read and write of drafts. Its client-safe modules (types, schemas and
// rules the browser also runs) are imported by path: draft, schemas, editable-fields, approval, slug.
export { readOnlyDatabaseNotice, startWritingOrReadOnly } from '@/lib/db/read-only-mode';
export { authorizeDraftChange, authorizeTrashRestore, editorOf } from './access';
export { applyBulkAction, type BulkActor, type BulkResult, listDraftsForExportByIds } from './bulk';
// For the generation engine (lib/generation) and the batch queue: a generation's text, lease and end.
export {
  adoptTitleSlug,
  appendCheckpoint,
  claimForRegenerate,
  claimForResume,
  finishGeneration,
  type GenerationOutcome,
  RESTART_MESSAGE,
  type RoundStats,
  replaceMetadata,
  saveListedFields,
  saveOutline,
} from './generation-store';
export { createImportedDrafts, EXISTING_CHOICES, type ExistingChoice, type ImportMatch, type ImportOutcome } from './import-drafts';
export {
  countLiveLeases,
  createLease,
  findOrphanedGenerations,
  holdsLease,
  type LeaseRequest,
  releaseLeftoverLeases,
  renewLeases,
  requestStop,
  takeOverLease,
} from './leases';
export { countDraftsByStatus, type DraftPage, listDrafts, type StatusCounts } from './list-query';
export { createDraft, deleteDraft, getDraft, listDraftsForExport, pingDatabase, updateDraft } from './queries';
export { reparseDraft } from './reparse';
export { listRevisions, type Revision, restoreRevision } from './revisions';
export { listTagSuggestions } from './tag-suggestions';
export { deleteFromTrash, listTrash, restoreFromTrash, TRASH_DAYS, type TrashedDraftView } from './trash';

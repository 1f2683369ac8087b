import 'server-only';

// lib/publish's server surface: publishing targets (WordPress, Ghost) and where each draft is published.
// Client-safe types and schemas: lib/publish/schemas.
export {
  addConnection,
  type BulkPublishResult,
  listPublications,
  publishDraft,
  publishDrafts,
  refreshPublications,
  testConnection,
} from './publish';
export { canStoreSecrets } from './secret-box';
export { deleteConnection, listConnections } from './store';

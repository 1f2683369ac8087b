export { MAX_ARCHIVE_ENTRIES, MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from './limits';
export { parseMarkdownFile } from './markdown-file';
export type { ImportedDraft, ImportProblem, ImportResult, ParsedMarkdown } from './types';
export { readImportUpload, type UploadedFile } from './upload';

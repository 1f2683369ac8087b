export { exportContentDisposition } from './content-disposition';
export { safeFileStem } from './file-stem';
export { EXPORT_FORMATS, type ExportFormat } from './format';
export { ExportFormatSchema } from './format-schema';
export { renderHtml } from './html';
export { type ExportedFile, type RenderMarkdownOptions, renderMarkdownFile } from './markdown-file';
export { RAW_HTML_MODES, type RawHtmlMode } from './raw-html';
export { buildZip, type ZipLayout } from './zip';

export { exportContentDisposition } from './content-disposition';
export { safeFileStem } from './file-stem';
export { EXPORT_FORMATS, type ExportFormat, ExportFormatSchema } from './format';
export { type ExportedFile, type RenderMarkdownOptions, renderMarkdownFile } from './markdown-file';
export { buildZip } from './zip';

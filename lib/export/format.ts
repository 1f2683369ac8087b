// Free of zod: the export menus in the browser import it (the schema is in ./format-schema).
export const EXPORT_FORMATS = ['hugo', 'jekyll', 'astro', 'docusaurus', 'plain'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

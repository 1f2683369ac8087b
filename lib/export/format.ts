import { z } from 'zod';

export const EXPORT_FORMATS = ['hugo', 'jekyll', 'astro', 'docusaurus', 'plain'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

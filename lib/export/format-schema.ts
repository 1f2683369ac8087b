import { z } from 'zod';
import { EXPORT_FORMATS } from './format';

export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

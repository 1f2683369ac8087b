import { z } from 'zod';
import { CreateDraftInput } from '@/lib/drafts/schemas';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

export const MAX_BATCH_TOPICS = 1_000;

/** Writing options shared by every topic of a batch; a CSV row's own values win over them. */
export const BatchOptions = CreateDraftInput.omit({ topic: true });
export type BatchOptions = z.output<typeof BatchOptions>;

const TopicSource = z.object({
  /** One topic per line. */
  topics: z.string().max(500_000, 'The topic list is too long.').optional(),
  /** CSV text with a header: topic,keywords,tone,audience,length. */
  csv: z.string().max(2_000_000, 'The CSV is too large.').optional(),
});

const oneSource = (value: { topics?: string | undefined; csv?: string | undefined }) =>
  (value.topics === undefined) !== (value.csv === undefined);
const ONE_SOURCE_MESSAGE = 'Send either "topics" (one per line) or "csv", not both.';

export const CreateBatchInput = z
  .object({
    name: z.string().trim().max(120, 'Keep the batch name under 120 characters.').optional(),
    ...TopicSource.shape,
    ...BatchOptions.shape,
  })
  .strict()
  .refine(oneSource, ONE_SOURCE_MESSAGE);
export type CreateBatchInput = z.input<typeof CreateBatchInput>;
export type CreateBatchValues = z.output<typeof CreateBatchInput>;

export const CheckTopicsInput = z
  .object({ ...TopicSource.shape, ...BatchOptions.shape })
  .strict()
  .refine(oneSource, ONE_SOURCE_MESSAGE);
export type CheckTopicsInput = z.input<typeof CheckTopicsInput>;

import { z } from 'zod';
import {
  DRAFT_SORTS,
  FIELD_MESSAGES,
  INTERRUPTION_GROUPS,
  MAX_CONTENT_LENGTH,
  MAX_META_LENGTH,
  MAX_SLUG_INPUT_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  SLUG_PATTERN,
} from './codes';
import { DraftStatus, PostLength } from './draft';

export { DRAFT_SORTS, SLUG_PATTERN };

const optionalLine = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => value ?? '');

/** What a person asks for: one topic and optional writing options. Shared by the form and the API. */
export const CreateDraftInput = z.object({
  topic: z
    .string()
    .trim()
    .min(1, { message: 'Type a topic for the post.', abort: true })
    .max(500, 'Keep the topic under 500 characters.')
    // Invisible characters alone (zero-width, bidi controls, combining marks with nothing to mark) are not a topic either.
    .refine((topic) => /[^\s\p{Cf}\p{Cc}\p{M}]/u.test(topic), 'Type a topic for the post.'),
  keywords: optionalLine(300, 'Focus keywords'),
  tone: optionalLine(80, 'Tone'),
  audience: optionalLine(160, 'Audience'),
  length: PostLength.optional().transform((value) => value ?? 'standard'),
  language: optionalLine(40, 'Language'),
  /** `<provider>:<model id>` from GET /api/models; absent means the default model. */
  model: z.string().trim().min(1).max(200).optional(),
});
export type CreateDraftInput = z.input<typeof CreateDraftInput>;
export type CreateDraftValues = z.output<typeof CreateDraftInput>;

// Whether a name is on the category list (the fixed 60 and those an admin added) is the database's to say: updateDraft
// checks it. Here only its shape.
const CategoryName = z.string().trim().min(1, 'A category name is empty.').max(100, 'A category name is too long.');

export const UpdateDraftInput = z
  .object({
    version: z.number().int().positive(),
    title: z.string().max(MAX_TITLE_LENGTH, FIELD_MESSAGES.title).optional(),
    metaDescription: z.string().max(MAX_META_LENGTH, FIELD_MESSAGES.metaDescription).optional(),
    slug: z
      .string()
      .min(1, FIELD_MESSAGES.slugEmpty)
      .max(MAX_SLUG_INPUT_LENGTH, FIELD_MESSAGES.slugLong)
      .regex(SLUG_PATTERN, FIELD_MESSAGES.slugPattern)
      .optional(),
    tags: z
      .array(z.string().trim().min(1, FIELD_MESSAGES.tags).max(MAX_TAG_LENGTH, FIELD_MESSAGES.tags))
      .max(MAX_TAGS, FIELD_MESSAGES.tags)
      .optional(),
    categories: z.array(CategoryName).max(10).optional(),
    content: z.string().max(MAX_CONTENT_LENGTH, FIELD_MESSAGES.content).optional(),
    status: z.enum(['draft', 'review', 'approved']).optional(),
    /** The person answered "keep it approved" to the editor's question about changing an approved post. */
    keepApproved: z.literal(true).optional(),
  })
  .strict();
export type UpdateDraftInput = z.infer<typeof UpdateDraftInput>;

export const DraftSort = z.enum(DRAFT_SORTS, { error: 'Sort by created, updated, title or score.' });
export type DraftSort = z.infer<typeof DraftSort>;

// Empty strings mean "not set", so a GET form's blank fields filter nothing.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const ListDraftsQuery = z.object({
  q: z.preprocess(blankAsMissing, z.string().trim().max(200).optional()),
  status: z.preprocess(blankAsMissing, DraftStatus.optional()),
  /** With status=interrupted (or alone): only the drafts a person stopped, or only those that failed. */
  interruption: z.preprocess(blankAsMissing, z.enum(INTERRUPTION_GROUPS, { error: 'interruption is stopped or failed.' }).optional()),
  tag: z.preprocess(blankAsMissing, z.string().trim().max(60).optional()),
  category: z.preprocess(blankAsMissing, CategoryName.optional()),
  /** Only the drafts this person created (a User id; the API takes `mine` for the caller's own). */
  author: z.preprocess(blankAsMissing, z.string().trim().max(100).optional()),
  /** Absent means newest created first, the contract's order. */
  sort: z.preprocess(blankAsMissing, DraftSort.optional()),
  cursor: z.preprocess(blankAsMissing, z.string().max(100).optional()),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListDraftsQuery = z.infer<typeof ListDraftsQuery>;

export const BULK_ACTIONS = ['approve', 'review', 'draft', 'delete'] as const;
export const BulkAction = z.enum(BULK_ACTIONS, { error: 'The action must be approve, review, draft or delete.' });
export type BulkAction = z.infer<typeof BulkAction>;

export const BulkActionInput = z
  .object({
    ids: z
      .array(z.string().min(1).max(100))
      .min(1, 'Select at least one draft.')
      .max(500, 'Act on at most 500 drafts at once.')
      .transform((ids) => [...new Set(ids)]),
    action: BulkAction,
  })
  .strict();
export type BulkActionInput = z.infer<typeof BulkActionInput>;

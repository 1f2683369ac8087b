import { z } from 'zod';
import { CATEGORIES } from '@/lib/post-format/categories';
import { DraftStatus, PostLength } from './draft';

const optionalLine = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => value ?? '');

/** What a person asks for: one topic and optional writing options. Shared by the form and the API. */
export const CreateDraftInput = z.object({
  topic: z.string().trim().min(1, 'Type a topic for the post.').max(500, 'Keep the topic under 500 characters.'),
  keywords: optionalLine(300, 'Focus keywords'),
  tone: optionalLine(80, 'Tone'),
  audience: optionalLine(160, 'Audience'),
  length: PostLength.optional().transform((value) => value ?? 'standard'),
});
export type CreateDraftInput = z.input<typeof CreateDraftInput>;
export type CreateDraftValues = z.output<typeof CreateDraftInput>;

const CategoryName = z.enum(CATEGORIES, { error: (issue) => `"${String(issue.input)}" is not one of the fixed categories.` });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const UpdateDraftInput = z
  .object({
    version: z.number().int().positive(),
    title: z.string().max(300).optional(),
    metaDescription: z.string().max(500).optional(),
    slug: z.string().min(1).max(120).regex(SLUG_PATTERN, 'Use lowercase letters, digits and single dashes.').optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
    categories: z.array(CategoryName).max(10).optional(),
    content: z.string().max(2_000_000).optional(),
    status: z.enum(['draft', 'review', 'approved']).optional(),
  })
  .strict();
export type UpdateDraftInput = z.infer<typeof UpdateDraftInput>;

export const ListDraftsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: DraftStatus.optional(),
  tag: z.string().trim().max(60).optional(),
  category: CategoryName.optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListDraftsQuery = z.infer<typeof ListDraftsQuery>;

// The closed lists a draft's stored codes come from, free of zod: browser code (forms, filters) imports them
// from here, so the pages that only show these lists do not download the validation library.

export const DRAFT_STATUSES = ['generating', 'interrupted', 'draft', 'review', 'approved'] as const;

/**
 * Why a draft is interrupted: the person pressed Stop, the server stopped mid-post, the API refused the
 * request (a retry cannot help), the API kept failing (overloaded, rate limited, connection lost: a later
 * retry may help), or saving failed.
 */
export const INTERRUPTIONS = ['stopped', 'server_stopped', 'api_refused', 'api_failed', 'save_failed'] as const;

export const POST_LENGTHS = ['short', 'standard', 'long'] as const;

export const DRAFT_SORTS = ['created', 'updated', 'title', 'score'] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// What a person may save in each field, and what to do when a value is over: the API's schema (schemas.ts) and the
// editor's check before it saves (editable-fields.ts) both read these, so they cannot disagree.
export const MAX_TITLE_LENGTH = 300;
export const MAX_META_LENGTH = 500;
export const MAX_SLUG_INPUT_LENGTH = 120;
export const MAX_CONTENT_LENGTH = 2_000_000;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 60;

export const FIELD_MESSAGES = {
  title: `A title holds up to ${MAX_TITLE_LENGTH} characters: shorten it to save it.`,
  metaDescription: `A meta description holds up to ${MAX_META_LENGTH} characters: shorten it to save it.`,
  slugEmpty: 'A slug needs at least one letter or digit.',
  slugLong: `A slug holds up to ${MAX_SLUG_INPUT_LENGTH} characters.`,
  slugPattern: 'Use lowercase letters, digits and single dashes.',
  content: 'The body holds up to 2,000,000 characters: split the post to save it.',
  tags: `Up to ${MAX_TAGS} tags of 1 to ${MAX_TAG_LENGTH} characters each.`,
} as const;

/**
 * Interrupted drafts as the list tells them apart: stopped by a person (calm) or failed (everything else: the API
 * refused or kept failing, the server stopped, saving failed).
 */
export const INTERRUPTION_GROUPS = ['stopped', 'failed'] as const;
export type InterruptionGroup = (typeof INTERRUPTION_GROUPS)[number];

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

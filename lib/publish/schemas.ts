import { z } from 'zod';

// What the browser and scripts send and get back about publishing; no module here holds a secret.

const SiteUrl = z
  .string()
  .trim()
  .min(1, 'Enter the site’s address, e.g. https://blog.example.org')
  .max(2000)
  .transform((text) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`))
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'Enter an http:// or https:// address')
  .transform((text) => {
    const url = new URL(text);
    url.hash = '';
    return url.toString().replace(/\/+$/, '');
  });

export const WordPressConnectionInput = z
  .object({
    type: z.literal('wordpress'),
    url: SiteUrl,
    username: z.string().trim().min(1, 'Enter the WordPress user name').max(200),
    // WordPress shows it in groups of four with spaces; it accepts it either way.
    applicationPassword: z.string().trim().min(1, 'Enter the Application Password').max(200),
  })
  .strict();

export const GhostConnectionInput = z
  .object({
    type: z.literal('ghost'),
    url: SiteUrl,
    // Ghost Admin → Settings → Integrations: `<id>:<secret>`, the secret in hex.
    adminApiKey: z
      .string()
      .trim()
      .regex(/^[0-9a-f]+:(?:[0-9a-f]{2})+$/i, 'Paste the Admin API key as Ghost shows it: <id>:<secret>, e.g. 6489…:a1b2…'),
  })
  .strict();

export const ConnectionInput = z.discriminatedUnion('type', [WordPressConnectionInput, GhostConnectionInput]);
export type ConnectionInput = z.infer<typeof ConnectionInput>;

export const CONNECTION_TYPES = ['wordpress', 'ghost'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

/** A publishing target as the browser sees it: never the password or key. */
export type Connection = {
  id: string;
  type: ConnectionType;
  url: string;
  username: string;
  siteName: string;
  /** An IANA zone (`Europe/Berlin`), a fixed offset (`UTC+02:00`), or empty when the site does not say. */
  timeZone: string;
  createdAt: string;
};

/** WordPress's words for where a post stands; Ghost's draft, scheduled and published map onto them. */
export const PUBLISH_STATUSES = ['draft', 'future', 'publish'] as const;
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];

// `2026-12-24T09:00` is the site's local time; with `Z` or an offset it is that instant.
const LocalOrZonedDate = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/,
    'date must look like 2026-12-24T09:00 (the site’s time) or 2026-12-24T08:00:00Z',
  );

const PublishChoice = {
  target: z.string().trim().min(1, 'Pick a site to publish to').max(100),
  status: z.enum(PUBLISH_STATUSES),
  date: LocalOrZonedDate.optional(),
};
const hasDateWhenScheduled = (input: { status: PublishStatus; date?: string | undefined }) =>
  input.status !== 'future' || Boolean(input.date);
const SCHEDULED_NEEDS_DATE = { message: 'A scheduled post needs a date and time', path: ['date'] };

export const PublishInput = z
  .object({
    ...PublishChoice,
    // After the remote post was deleted on the site: make a new one instead of failing.
    anew: z.boolean().optional(),
  })
  .strict()
  .refine(hasDateWhenScheduled, SCHEDULED_NEEDS_DATE);
export type PublishInput = z.infer<typeof PublishInput>;

export const BulkPublishInput = z
  .object({ ids: z.array(z.string().min(1).max(100)).min(1, 'Select at least one draft').max(100), ...PublishChoice })
  .strict()
  .refine(hasDateWhenScheduled, SCHEDULED_NEEDS_DATE);
export type BulkPublishInput = z.infer<typeof BulkPublishInput>;

/**
 * Where a draft is published on one site: the remote post's `id`, `url` and `status` (the site's own code; `missing`
 * once deleted there), as the contract names them.
 */
export type Publication = {
  connectionId: string;
  connectionType: ConnectionType;
  siteName: string;
  /** The site's time zone (as on Connection), for showing `date` as the site does. */
  timeZone: string;
  id: string;
  url: string;
  status: string;
  date: string | null;
  publishedAt: string;
  updatedAt: string;
};

/** What Test found: the site answers, the credential works and may publish. */
export type ConnectionCheck = { ok: true; siteName: string; timeZone: string; user: string };

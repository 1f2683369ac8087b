import { Button } from '@/components/ui/button';
import type { Publication } from '@/lib/publish/schemas';

// The sites' own status codes, in words: WordPress (publish, future, draft, pending, private) and Ghost.
const STATUS_WORDS: Record<string, string> = {
  publish: 'published',
  published: 'published',
  future: 'scheduled',
  scheduled: 'scheduled',
  draft: 'a draft on the site',
  pending: 'pending review',
  private: 'private',
  missing: 'deleted on the site',
};

/** The date as the site shows it, in its own time zone where it names an IANA one (else the browser's, named). */
function when(iso: string | null, siteZone: string): string {
  if (!iso) return '';
  const zone = siteZone.includes('/') || siteZone === 'UTC' ? siteZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })} (${zone})`;
}

/** Where this draft is published: the site, the post's status there, a link; a post deleted there can be made anew. */
export function PublicationList({
  publications,
  onPublishAnew,
  busy,
}: {
  publications: Publication[];
  onPublishAnew: (connectionId: string) => void;
  busy: boolean;
}) {
  if (publications.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" data-testid="publications">
      {publications.map((publication) => (
        <li
          key={publication.connectionId}
          className="flex flex-wrap items-center gap-x-2 gap-y-1"
          data-testid="publication"
          data-status={publication.status}
        >
          <span className="font-medium">{publication.siteName}:</span>
          <span>
            {STATUS_WORDS[publication.status] ?? publication.status}
            {publication.status === 'future' || publication.status === 'scheduled'
              ? ` for ${when(publication.date, publication.timeZone)}`
              : ''}
          </span>
          {publication.status === 'missing' ? (
            <Button size="sm" onClick={() => onPublishAnew(publication.connectionId)} disabled={busy}>
              Publish anew
            </Button>
          ) : (
            publication.url && (
              <a
                href={publication.url}
                target="_blank"
                rel="noreferrer"
                className="text-amber-700 underline [overflow-wrap:anywhere] dark:text-amber-400"
              >
                {publication.url}
              </a>
            )
          )}
        </li>
      ))}
    </ul>
  );
}

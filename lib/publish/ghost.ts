import 'server-only';
import { createHmac } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { OutgoingPost, RemotePost, SiteClient } from './outgoing-post';
import { callSite, connectionFailed, jsonOf, missingRemotePost, refusal, type SiteLabel } from './remote';

// Ghost Admin API, https://ghost.org/docs/admin-api/ ("Token Authentication", "Creating a post", "Updating a post"):
// a JWT signed HS256 with the key's hex-decoded secret, `kid` = the key's id, `aud` = `/admin/`, valid at most
// 5 minutes (Ghost's own check: core/server/services/auth/api-key/admin.js, maxAge '5m'), sent as
// `Authorization: Ghost <token>`. HTML bodies need `?source=html`; an update must carry the post's `updated_at`.
const TOKEN_SECONDS = 5 * 60;
const STATUS: Record<OutgoingPost['status'], string> = { draft: 'draft', future: 'scheduled', publish: 'published' };

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A short-lived Admin API token from a `<id>:<secret>` key. */
export function ghostAdminToken(adminApiKey: string, now = Date.now()): string {
  const [id = '', secret = ''] = adminApiKey.split(':');
  const iat = Math.floor(now / 1000);
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: id }))}.${base64url(JSON.stringify({ iat, exp: iat + TOKEN_SECONDS, aud: '/admin/' }))}`;
  return `${unsigned}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(unsigned).digest('base64url')}`;
}

export function ghostClient({ url, adminApiKey }: { url: string; adminApiKey: string }): SiteClient {
  const site: SiteLabel = {
    name: `The Ghost site at ${url}`,
    refusedCredential:
      'Ghost refused the Admin API key. Copy it again from Ghost Admin → Settings → Integrations (a custom integration), and save it on Settings.',
    refusedRights:
      'Ghost did not let this Admin API key publish. Use the key of a custom integration (Ghost Admin → Settings → Integrations).',
  };
  const api = (path: string) => `${url}/ghost/api/admin/${path}`;

  async function call(method: string, path: string, body?: unknown): Promise<{ response: Response; body: unknown }> {
    const response = await callSite(
      api(path),
      {
        method,
        headers: {
          authorization: `Ghost ${ghostAdminToken(adminApiKey)}`,
          'accept-version': 'v5.0',
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      site,
    );
    return { response, body: await jsonOf(response) };
  }

  async function firstPost(answer: Promise<{ response: Response; body: unknown }>): Promise<Record<string, unknown>> {
    const { response, body } = await answer;
    if (!response.ok) throw refusal(response, body, site);
    const post = (body as { posts?: Record<string, unknown>[] } | null)?.posts?.[0];
    if (!post) throw new AppError('publish_failed', `${site.name} answered without the post. Try again later.`, { problem: 'site_error' });
    return post;
  }

  async function current(remoteId: string): Promise<Record<string, unknown> | null> {
    const answer = call('GET', `posts/${encodeURIComponent(remoteId)}/`);
    if ((await answer).response.status === 404) return null;
    return firstPost(answer);
  }

  const remotePost = (post: Record<string, unknown>): RemotePost => ({
    id: String(post.id),
    url: String(post.url ?? ''),
    status: String(post.status ?? ''),
    date: typeof post.published_at === 'string' ? post.published_at : null,
  });

  return {
    async check() {
      // The site endpoint needs no key: it tells a Ghost site from anything else before the key is tried.
      const siteAnswer = await callSite(api('site/'), { headers: { accept: 'application/json', 'accept-version': 'v5.0' } }, site);
      const info = ((await jsonOf(siteAnswer)) as { site?: { title?: string } } | null)?.site;
      if (!siteAnswer.ok || !info) {
        throw connectionFailed(
          'not_ghost',
          `${url} does not answer as a Ghost site (no Admin API at /ghost/api/admin/). Check the address: the site's own, without /ghost.`,
        );
      }
      const probe = await call('GET', 'posts/?limit=1&fields=id');
      if (probe.response.status === 401 || probe.response.status === 403) throw connectionFailed('wrong_key', site.refusedCredential);
      if (!probe.response.ok) throw refusal(probe.response, probe.body, site);
      // The Admin API's site endpoint names no time zone: dates are sent as instants from the browser's zone.
      return { siteName: info.title ?? '', timeZone: '', user: 'Admin API key', apiRoot: api('') };
    },

    async publish(post: OutgoingPost, remoteId: string | undefined): Promise<RemotePost> {
      const existing = remoteId ? await current(remoteId) : undefined;
      if (existing === null) throw missingRemotePost(url);
      const fields: Record<string, unknown> = {
        title: post.title,
        slug: post.slug,
        html: post.html,
        custom_excerpt: post.excerpt.slice(0, 300),
        meta_description: post.excerpt.slice(0, 500),
        tags: [...new Set([...post.tags, ...post.categories])].map((name) => ({ name })),
        status: STATUS[post.status],
      };
      if (post.date) fields.published_at = post.date.toISOString();
      if (existing) fields.updated_at = existing.updated_at;
      const saved = remoteId
        ? await firstPost(call('PUT', `posts/${encodeURIComponent(remoteId)}/?source=html`, { posts: [fields] }))
        : await firstPost(call('POST', 'posts/?source=html', { posts: [fields] }));
      return remotePost(saved);
    },

    async read(remoteId: string) {
      const post = await current(remoteId);
      return post ? remotePost(post) : null;
    },
  };
}

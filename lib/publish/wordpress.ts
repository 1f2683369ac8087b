import 'server-only';
import { AppError } from '@/lib/errors';
import type { OutgoingPost, RemotePost, SiteClient } from './outgoing-post';
import { callSite, connectionFailed, jsonOf, missingRemotePost, refusal, type SiteLabel } from './remote';
import { offsetZone } from './time-zone';

type Credentials = { url: string; username: string; password: string };
type Answer = { response: Response; body: unknown };

// Discovery as WordPress documents it (https://developer.wordpress.org/rest-api/using-the-rest-api/discovery/):
// every front-end response carries `Link: <…/wp-json/>; rel="https://api.w.org/"`, or `<…/?rest_route=/>` on a
// site with plain permalinks, where /wp-json/ does not exist.
const API_LINK = /<([^>]+)>\s*;\s*rel="https:\/\/api\.w\.org\/"/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** WordPress stores term names HTML-escaped (`A &amp; B`); names are matched as people read them. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** An API route under a root that is either `…/wp-json/` or `…?rest_route=/`. */
export function routeUrl(apiRoot: string, route: string, query: Record<string, string> = {}): string {
  const url = new URL(apiRoot);
  if (url.searchParams.has('rest_route')) url.searchParams.set('rest_route', `/${route}`);
  else url.pathname = `${url.pathname.replace(/\/?$/, '/')}${route}`;
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

function label(credentials: Credentials): SiteLabel {
  return {
    name: `The WordPress site at ${credentials.url}`,
    refusedCredential: `WordPress refused user “${credentials.username}” with this Application Password. Check the user name (the login name) and create a new Application Password under Users → Profile → Application Passwords; if both are right, the web server may be dropping the Authorization header.`,
    refusedRights: `User “${credentials.username}” may not publish posts on this WordPress site. Give them the Author, Editor or Administrator role, or connect with another user.`,
  };
}

export function wordPressClient(credentials: Credentials): SiteClient {
  const site = label(credentials);
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password.replace(/\s+/g, '')}`).toString('base64')}`;

  async function discover(): Promise<{ apiRoot: string; index: Record<string, unknown> }> {
    const home = await callSite(credentials.url, { headers: { accept: 'text/html' } }, site);
    const apiRoot = API_LINK.exec(home.headers.get('link') ?? '')?.[1];
    if (!apiRoot) {
      const page = await home.text();
      if (/wp-content|wp-includes/.test(page)) {
        throw connectionFailed(
          'no_rest_api',
          `${credentials.url} looks like WordPress but does not announce its REST API (no Link header with rel="https://api.w.org/"). A security plugin may have turned it off: allow the REST API for logged-in users, then Test again.`,
        );
      }
      throw connectionFailed(
        'not_wordpress',
        `${credentials.url} does not look like a WordPress site: its home page names no WordPress REST API${home.ok ? '' : ` (it answered HTTP ${home.status})`}. Check the address: the site's home page, not /wp-admin.`,
      );
    }
    const answer = await callSite(routeUrl(apiRoot, ''), { headers: { accept: 'application/json' } }, site);
    const index = (await jsonOf(answer)) as { namespaces?: unknown } | null;
    if (!answer.ok || !Array.isArray(index?.namespaces) || !index.namespaces.includes('wp/v2')) {
      throw connectionFailed(
        'no_rest_api',
        `The WordPress REST API at ${apiRoot} did not answer as WordPress's does${answer.ok ? '' : ` (HTTP ${answer.status})`}. A security plugin may block it: allow the REST API for logged-in users, then Test again.`,
      );
    }
    return { apiRoot, index: index as Record<string, unknown> };
  }

  async function call(
    apiRoot: string,
    method: string,
    route: string,
    options: { query?: Record<string, string>; body?: unknown } = {},
  ): Promise<Answer> {
    const response = await callSite(
      routeUrl(apiRoot, route, options.query),
      {
        method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      },
      site,
    );
    return { response, body: await jsonOf(response) };
  }

  async function expectOk(answer: Promise<Answer>): Promise<Record<string, unknown>> {
    const { response, body } = await answer;
    if (!response.ok) throw refusal(response, body, site);
    if (body === null || typeof body !== 'object')
      throw new AppError('publish_failed', `${site.name} answered something other than JSON. Try again later.`, { problem: 'site_error' });
    return body as Record<string, unknown>;
  }

  // Categories and tags by name, created when missing; a name created meanwhile answers 400 term_exists with its id.
  async function termIds(apiRoot: string, taxonomy: 'categories' | 'tags', names: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of names) {
      const found = (await expectOk(
        call(apiRoot, 'GET', `wp/v2/${taxonomy}`, { query: { search: name, per_page: '100' } }),
      )) as unknown as { id: number; name: string }[];
      const match = Array.isArray(found) ? found.find((term) => decodeEntities(term.name).toLowerCase() === name.toLowerCase()) : undefined;
      if (match) {
        ids.push(match.id);
        continue;
      }
      const created = await call(apiRoot, 'POST', `wp/v2/${taxonomy}`, { body: { name } });
      const body = created.body as { id?: number; code?: string; data?: { term_id?: number } } | null;
      if (created.response.status === 400 && body?.code === 'term_exists' && body.data?.term_id) ids.push(body.data.term_id);
      else if (created.response.ok && body?.id) ids.push(body.id);
      else
        throw refusal(created.response, created.body, {
          ...site,
          refusedRights: `User “${credentials.username}” may not create ${taxonomy} on this site: create “${name}” there, or give the user the Editor role.`,
        });
    }
    return ids;
  }

  const remotePost = (body: Record<string, unknown>): RemotePost => ({
    id: String(body.id),
    url: String(body.link ?? ''),
    status: String(body.status ?? ''),
    date: typeof body.date_gmt === 'string' ? `${body.date_gmt}Z` : null,
  });

  async function currentPost(apiRoot: string, remoteId: string): Promise<Record<string, unknown> | null> {
    const answer = await call(apiRoot, 'GET', `wp/v2/posts/${encodeURIComponent(remoteId)}`, { query: { context: 'edit' } });
    if (answer.response.status === 404 || answer.response.status === 410) return null;
    const body = await expectOk(Promise.resolve(answer));
    return body.status === 'trash' ? null : body;
  }

  return {
    async check() {
      const { apiRoot, index } = await discover();
      const me = await expectOk(call(apiRoot, 'GET', 'wp/v2/users/me', { query: { context: 'edit' } }));
      const capabilities = (me.capabilities ?? {}) as Record<string, boolean>;
      if (!capabilities.publish_posts) throw connectionFailed('cannot_publish', site.refusedRights);
      const timeZone =
        typeof index.timezone_string === 'string' && index.timezone_string
          ? index.timezone_string
          : offsetZone(Number(index.gmt_offset ?? 0));
      return { siteName: decodeEntities(String(index.name ?? '')), timeZone, user: String(me.name ?? credentials.username), apiRoot };
    },

    async publish(post: OutgoingPost, remoteId: string | undefined): Promise<RemotePost> {
      const { apiRoot } = await discover();
      const current = remoteId ? await currentPost(apiRoot, remoteId) : undefined;
      if (current === null) throw missingRemotePost(credentials.url);
      const body: Record<string, unknown> = {
        title: post.title,
        content: post.html,
        excerpt: post.excerpt,
        slug: post.slug,
        status: post.status,
        categories: await termIds(apiRoot, 'categories', post.categories),
        tags: await termIds(apiRoot, 'tags', post.tags),
      };
      // A date without a zone is the site's local time to WordPress: send the instant as date_gmt instead.
      if (post.date) body.date_gmt = post.date.toISOString().slice(0, 19);
      // Publishing now a post that was scheduled: without a date it would stay scheduled for its old date.
      else if (post.status === 'publish' && current?.status === 'future') body.date_gmt = new Date().toISOString().slice(0, 19);
      let saved = await expectOk(call(apiRoot, 'POST', remoteId ? `wp/v2/posts/${encodeURIComponent(remoteId)}` : 'wp/v2/posts', { body }));
      const seo = seoMeta(saved.meta, post);
      if (seo) saved = await expectOk(call(apiRoot, 'POST', `wp/v2/posts/${String(saved.id)}`, { body: { meta: seo } }));
      return remotePost(saved);
    },

    async read(remoteId: string) {
      const { apiRoot } = await discover();
      const current = await currentPost(apiRoot, remoteId);
      return current ? remotePost(current) : null;
    },
  };
}

// Yoast and Rank Math keep these as post meta; they reach the REST API only where the site registers them
// with show_in_rest (neither plugin does by default). Where they are not in the post's `meta`, nothing is sent.
const SEO_FIELDS = {
  _yoast_wpseo_metadesc: 'excerpt',
  _yoast_wpseo_focuskw: 'focusKeyword',
  rank_math_description: 'excerpt',
  rank_math_focus_keyword: 'focusKeyword',
} as const;

function seoMeta(meta: unknown, post: OutgoingPost): Record<string, string> | null {
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return null;
  const exposed = Object.entries(SEO_FIELDS).filter(([key]) => key in meta);
  return exposed.length ? Object.fromEntries(exposed.map(([key, field]) => [key, post[field]])) : null;
}

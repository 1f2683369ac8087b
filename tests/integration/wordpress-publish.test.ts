import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { renderHtml } from '@/lib/export';
import type { Connection, Publication } from '@/lib/publish/schemas';
import { runInSite, setPermalinks } from '../fixtures/wordpress/site.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

// Publishing against a real WordPress (Debian's package, tests/fixtures/wordpress/site.mjs), read back through
// its REST API as any client would. One site serves the whole file; every test makes drafts of its own.
const site = inject('wordpressSite');
const SECRET_KEY = 'k'.repeat(40);

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let connectionsRoute: typeof import('@/app/api/connections/route');
let connectionRoute: typeof import('@/app/api/connections/[id]/route');
let testStoredRoute: typeof import('@/app/api/connections/[id]/test/route');
let testRoute: typeof import('@/app/api/connections/test/route');
let publishRoute: typeof import('@/app/api/drafts/[id]/publish/route');
let publicationsRoute: typeof import('@/app/api/drafts/[id]/publications/route');
let bulkRoute: typeof import('@/app/api/drafts/publish/route');

beforeAll(async () => {
  harness = await startGenerationHarness({ SECRET_KEY });
  connectionsRoute = await import('@/app/api/connections/route');
  connectionRoute = await import('@/app/api/connections/[id]/route');
  testStoredRoute = await import('@/app/api/connections/[id]/test/route');
  testRoute = await import('@/app/api/connections/test/route');
  publishRoute = await import('@/app/api/drafts/[id]/publish/route');
  publicationsRoute = await import('@/app/api/drafts/[id]/publications/route');
  bulkRoute = await import('@/app/api/drafts/publish/route');
});
afterAll(async () => harness?.close());

type ErrorBody = { error: { code: string; message: string; details?: { problem?: string } } };
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const request = (method: string, path: string, body?: unknown) =>
  new Request(`http://localhost:3000${path}`, {
    method,
    headers: { 'content-type': 'application/json', host: 'localhost:3000' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function answer<T>(response: Response): Promise<{ status: number; body: T; text: string }> {
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, text };
}

const editorInput = (overrides: Record<string, string> = {}) => ({
  type: 'wordpress',
  url: site.url,
  username: site.editor.username,
  applicationPassword: site.editor.applicationPassword,
  ...overrides,
});

async function connect(input: unknown = editorInput()) {
  return answer<Connection & ErrorBody>(await connectionsRoute.POST(request('POST', '/api/connections', input), context({})));
}

async function testInput(input: unknown) {
  return answer<{ ok: true; siteName: string; timeZone: string; user: string } & ErrorBody>(
    await testRoute.POST(request('POST', '/api/connections/test', input), context({})),
  );
}

async function publish(draftId: string, body: Record<string, unknown>) {
  return answer<Publication & ErrorBody>(
    await publishRoute.POST(request('POST', `/api/drafts/${draftId}/publish`, body), context({ id: draftId })),
  );
}

async function publications(draftId: string, refresh = false) {
  const response = await publicationsRoute.GET(
    request('GET', `/api/drafts/${draftId}/publications${refresh ? '?refresh=1' : ''}`),
    context({ id: draftId }),
  );
  return (await answer<{ publications: Publication[] }>(response)).body.publications;
}

let drafts = 0;
/** A finished draft, edited to these fields as a person would on the draft page. */
async function draftWith(fields: {
  title: string;
  metaDescription: string;
  tags: string[];
  categories: string[];
  content: string;
  slug: string;
}): Promise<Draft> {
  const topic = `wordpress topic ${++drafts}`;
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const started = await harness.write({ kind: 'new', input: topicInput(topic) });
  const written = await harness.generation.generationSettled({ id: started.id });
  return edit(written, { ...fields, status: 'approved' });
}

async function edit(draft: Draft, fields: Record<string, unknown>): Promise<Draft> {
  const { updateDraft } = await import('@/lib/drafts');
  return updateDraft({ id: draft.id, input: { version: draft.version, ...fields } });
}

// The site as its REST API shows it to the editor: raw fields (context=edit), term names, every status.
const auth = () => `Basic ${Buffer.from(`${site.editor.username}:${site.editor.applicationPassword}`).toString('base64')}`;
async function wp<T>(route: string, query: Record<string, string> = {}): Promise<T> {
  const url = new URL(`${site.url}/`);
  url.searchParams.set('rest_route', `/${route}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const response = await fetch(url, { headers: { authorization: auth() } });
  expect(response.ok, `${route}: HTTP ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

type WpPost = {
  id: number;
  slug: string;
  status: string;
  link: string;
  date_gmt: string;
  title: { raw: string };
  content: { raw: string };
  excerpt: { raw: string };
  categories: number[];
  tags: number[];
};
const remotePost = (id: string) => wp<WpPost>(`wp/v2/posts/${id}`, { context: 'edit' });
const termNames = async (taxonomy: 'categories' | 'tags', ids: number[]) =>
  (await wp<{ name: string }[]>(`wp/v2/${taxonomy}`, { include: ids.join(','), per_page: '100' }))
    .map((term) => term.name.replaceAll('&amp;', '&'))
    .sort();
const postsTitled = async (search: string) =>
  (await wp<WpPost[]>('wp/v2/posts', { search, status: 'publish,future,draft,private', context: 'edit', per_page: '100' })).filter((post) =>
    post.title.raw.includes(search),
  );

let editor: Connection;

describe('connections', () => {
  it('Test says the site, its time zone and the user when everything is right', async () => {
    const { status, body } = await testInput(editorInput());
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, siteName: 'Postsmith test site', timeZone: 'Europe/Berlin' });
  });

  it('Test names what is wrong: the password, a user who may not publish, not WordPress, nothing there, a bad address', async () => {
    const wrong = await testInput(editorInput({ applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('connection_failed');
    expect(wrong.body.error.details?.problem).toBe('wrong_password');
    expect(wrong.body.error.message).toMatch(/Application Password/);

    const contributor = await testInput(
      editorInput({ username: site.contributor.username, applicationPassword: site.contributor.applicationPassword }),
    );
    expect(contributor.body.error.details?.problem).toBe('cannot_publish');
    expect(contributor.body.error.message).toMatch(/may not publish/);

    // The fake Anthropic server answers HTTP, but is no WordPress.
    const notWordPress = await testInput(editorInput({ url: harness.fake.url }));
    expect(notWordPress.status).toBe(400);
    expect(notWordPress.body.error.details?.problem).toBe('not_wordpress');

    const nothing = await testInput(editorInput({ url: 'http://127.0.0.1:9' }));
    expect(nothing.status).toBe(502);
    expect(nothing.body.error.details?.problem).toBe('unreachable');
    expect(nothing.body.error.message).toMatch(/could not be reached/);

    const badUrl = await testInput(editorInput({ url: 'ftp://example.org' }));
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.code).toBe('validation_failed');
  });

  it('stores a connection only when it works, and never hands its password back', async () => {
    const refused = await connect(editorInput({ applicationPassword: 'wrong wrong wrong wrong' }));
    expect(refused.status).toBe(400);

    const created = await connect();
    expect(created.status).toBe(201);
    editor = created.body;
    expect(editor).toMatchObject({
      type: 'wordpress',
      url: site.url,
      username: 'editor',
      siteName: 'Postsmith test site',
      timeZone: 'Europe/Berlin',
    });
    expect(created.text).not.toContain(site.editor.applicationPassword);

    const listed = await answer<{ connections: Connection[] }>(await connectionsRoute.GET(request('GET', '/api/connections'), context({})));
    expect(listed.body.connections.map((connection) => connection.id)).toEqual([editor.id]);
    expect(listed.text).not.toContain(site.editor.applicationPassword);

    // At rest the password is sealed, not stored as typed.
    const { db } = await import('@/lib/db/client');
    const row = await db().publishConnection.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.secret).not.toContain(site.editor.applicationPassword);
    expect(row.secret).toMatch(/^v1\./);

    const retest = await answer<{ ok: boolean }>(
      await testStoredRoute.POST(request('POST', `/api/connections/${editor.id}/test`, {}), context({ id: editor.id })),
    );
    expect(retest.body.ok).toBe(true);
  });
});

describe('publishing a draft', () => {
  it('publishes once, then updates the same post after an edit, a changed slug and new terms included', async () => {
    const draft = await draftWith({
      title: 'Django & Flask: which one "wins" in 2027',
      metaDescription: 'Two Python web frameworks compared for small teams.',
      slug: 'django-vs-flask',
      tags: ['Python', 'R&D', 'Web Dev'],
      categories: ['Software Development', 'Tutorials'],
      content:
        '## Why compare\n\nBoth are **good**; see [the docs](https://docs.djangoproject.com).\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    });
    const first = await publish(draft.id, { target: editor.id, status: 'publish' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ connectionId: editor.id, status: 'publish', url: `${site.url}/django-vs-flask/` });

    const post = await remotePost(first.body.id);
    expect(post.title.raw).toBe(draft.title);
    expect(post.content.raw).toBe(renderHtml(draft.content));
    expect(post.content.raw).not.toContain('<script');
    expect(post.content.raw).toContain('<a href="https://docs.djangoproject.com">the docs</a>');
    expect(post.excerpt.raw).toBe(draft.metaDescription);
    expect(post.slug).toBe('django-vs-flask');
    expect(post.status).toBe('publish');
    expect(await termNames('categories', post.categories)).toEqual(['Software Development', 'Tutorials']);
    expect(await termNames('tags', post.tags)).toEqual(['Python', 'R&D', 'Web Dev']);

    const edited = await edit(draft, {
      title: 'Django & Flask: which one "wins" in 2028',
      slug: 'django-or-flask',
      content: `${draft.content}\n## Update\n\nNow with async views.\n`,
      tags: ['Python', 'R&D', 'Async'],
      categories: ['Software Development'],
    });
    const again = await publish(draft.id, { target: editor.id, status: 'publish' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.url).toBe(`${site.url}/django-or-flask/`);

    const updated = await remotePost(first.body.id);
    expect(updated.title.raw).toBe(edited.title);
    expect(updated.content.raw).toContain('Now with async views.');
    expect(updated.slug).toBe('django-or-flask');
    expect(await termNames('categories', updated.categories)).toEqual(['Software Development']);
    expect(await termNames('tags', updated.tags)).toEqual(['Async', 'Python', 'R&D']);
    // One post, not two; and the tags that existed were reused, not made again. WordPress's search misses the
    // stored `R&amp;D`, so that one comes back through its 400 term_exists answer.
    expect(await postsTitled('Django & Flask')).toHaveLength(1);
    const allTags = await termNames(
      'tags',
      (await wp<{ id: number }[]>('wp/v2/tags', { per_page: '100' })).map((tag) => tag.id),
    );
    expect(allTags.filter((name) => name === 'R&D')).toHaveLength(1);

    expect(await publications(draft.id)).toEqual([
      expect.objectContaining({ id: first.body.id, status: 'publish', siteName: 'Postsmith test site' }),
    ]);
  });

  it('schedules a post at a date and time in the site’s time zone, and keeps it a draft when asked', async () => {
    const draft = await draftWith({
      title: 'Scheduled for the new year',
      metaDescription: 'A post that waits.',
      slug: 'scheduled-for-the-new-year',
      tags: ['Planning'],
      categories: ['Tutorials'],
      content: 'Waiting.\n',
    });
    const asDraft = await publish(draft.id, { target: editor.id, status: 'draft' });
    expect(asDraft.body.status).toBe('draft');
    expect((await remotePost(asDraft.body.id)).status).toBe('draft');

    // 09:30 in Berlin in January is 08:30 UTC.
    const scheduled = await publish(draft.id, { target: editor.id, status: 'future', date: '2030-01-15T09:30' });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.id).toBe(asDraft.body.id);
    expect(scheduled.body.status).toBe('future');
    const post = await remotePost(scheduled.body.id);
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe('2030-01-15T08:30:00');

    const past = await publish(draft.id, { target: editor.id, status: 'future', date: '2001-01-01T00:00' });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/future/);
    const noDate = await publish(draft.id, { target: editor.id, status: 'future' });
    expect(noDate.status).toBe(400);

    // Publishing a scheduled post now publishes it now, not at its old date.
    const now = await publish(draft.id, { target: editor.id, status: 'publish' });
    expect(now.body.status).toBe('publish');
  });

  it('finds a post deleted or trashed by hand on the site, and publishes it anew when asked', async () => {
    const draft = await draftWith({
      title: 'Deleted by hand',
      metaDescription: 'Gone.',
      slug: 'deleted-by-hand',
      tags: [],
      categories: ['Tutorials'],
      content: 'Soon gone.\n',
    });
    const first = await publish(draft.id, { target: editor.id, status: 'publish' });
    runInSite(site.root, `wp_trash_post(${Number(first.body.id)});`);
    expect((await publications(draft.id, true))[0]?.status).toBe('missing');

    const refused = await publish(draft.id, { target: editor.id, status: 'publish' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('remote_post_missing');
    expect(refused.body.error.message).toMatch(/anew/);

    const anew = await publish(draft.id, { target: editor.id, status: 'publish', anew: true });
    expect(anew.status).toBe(200);
    expect(anew.body.id).not.toBe(first.body.id);
    expect(anew.body.status).toBe('publish');

    // Deleted for good (not trashed): the update finds it gone (404) and says so.
    runInSite(site.root, `wp_delete_post(${Number(anew.body.id)}, true);`);
    const gone = await publish(draft.id, { target: editor.id, status: 'publish' });
    expect(gone.status).toBe(409);
    expect((await publications(draft.id))[0]?.status).toBe('missing');
  });

  it('leaves the draft as it was and says what to do when the password was revoked', async () => {
    const extra = runInSite(
      site.root,
      `$user = get_user_by('login', 'editor'); [$password, $item] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'revoked later']); echo json_encode(['password' => $password, 'uuid' => $item['uuid'], 'user' => $user->ID]);`,
    ) as { password: string; uuid: string; user: number };
    const revocable = await connect(editorInput({ applicationPassword: extra.password }));
    expect(revocable.status).toBe(201);
    runInSite(site.root, `WP_Application_Passwords::delete_application_password(${extra.user}, '${extra.uuid}');`);

    const draft = await draftWith({
      title: 'Never half published',
      metaDescription: 'x',
      slug: 'never-half-published',
      tags: [],
      categories: ['Tutorials'],
      content: 'x\n',
    });
    const failed = await publish(draft.id, { target: revocable.body.id, status: 'publish' });
    expect(failed.status).toBe(400);
    expect(failed.body.error.details?.problem).toBe('wrong_password');
    expect(failed.body.error.message).toMatch(/new Application Password/);
    expect(await publications(draft.id)).toEqual([]);
    const { getDraft } = await import('@/lib/drafts');
    expect(await getDraft({ id: draft.id })).toEqual(draft);
    expect(await postsTitled('Never half published')).toHaveLength(0);

    const removed = await connectionRoute.DELETE(
      request('DELETE', `/api/connections/${revocable.body.id}`, {}),
      context({ id: revocable.body.id }),
    );
    expect(removed.status).toBe(204);
  });

  it('makes one post when the first publish is asked for twice at once (a double click, a script retrying)', async () => {
    const draft = await draftWith({
      title: 'Asked twice',
      metaDescription: 't',
      slug: 'asked-twice',
      tags: [],
      categories: ['Tutorials'],
      content: 'twice\n',
    });
    const [one, two] = await Promise.all([
      publish(draft.id, { target: editor.id, status: 'publish' }),
      publish(draft.id, { target: editor.id, status: 'publish' }),
    ]);
    expect(one.status).toBe(200);
    expect(two.body.id).toBe(one.body.id);
    expect(await postsTitled('Asked twice')).toHaveLength(1);
  });

  it('publishes several drafts at once from the list, one result each', async () => {
    const one = await draftWith({
      title: 'Bulk one',
      metaDescription: 'a',
      slug: 'bulk-one',
      tags: ['Bulk'],
      categories: ['Tutorials'],
      content: 'one\n',
    });
    const two = await draftWith({
      title: 'Bulk two',
      metaDescription: 'b',
      slug: 'bulk-two',
      tags: ['Bulk'],
      categories: ['Tutorials'],
      content: 'two\n',
    });
    const response = await answer<{ results: { id: string; ok: boolean }[] }>(
      await bulkRoute.POST(
        request('POST', '/api/drafts/publish', { ids: [one.id, two.id], target: editor.id, status: 'draft' }),
        context({}),
      ),
    );
    expect(response.body.results).toEqual([
      expect.objectContaining({ id: one.id, ok: true }),
      expect.objectContaining({ id: two.id, ok: true }),
    ]);
    expect(await postsTitled('Bulk')).toHaveLength(2);
  });
});

describe('SEO plugin fields', () => {
  // What a site does when it exposes Yoast's fields to the REST API (register_post_meta with show_in_rest);
  // neither Yoast nor Rank Math does so by default, and then nothing is sent (the tests above).
  const plugin = path.join(site.root, 'wp-content', 'mu-plugins', 'expose-yoast.php');

  it('fills Yoast’s meta description when the site exposes its fields', async () => {
    writeFileSync(
      plugin,
      `<?php
add_action('init', function () {
  foreach (['_yoast_wpseo_metadesc', '_yoast_wpseo_focuskw'] as $key) {
    register_post_meta('post', $key, ['show_in_rest' => true, 'single' => true, 'type' => 'string', 'auth_callback' => function () { return current_user_can('edit_posts'); }]);
  }
});
`,
    );
    try {
      const draft = await draftWith({
        title: 'Yoast fields',
        metaDescription: 'For the snippet.',
        slug: 'yoast-fields',
        tags: [],
        categories: ['Tutorials'],
        content: 'x\n',
      });
      const published = await publish(draft.id, { target: editor.id, status: 'publish' });
      expect(published.status).toBe(200);
      const post = await wp<{ meta: Record<string, string> }>(`wp/v2/posts/${published.body.id}`, { context: 'edit' });
      expect(post.meta._yoast_wpseo_metadesc).toBe('For the snippet.');
    } finally {
      rmSync(plugin, { force: true });
    }
  });
});

describe('a site with plain permalinks', () => {
  it('finds the REST API through ?rest_route= from the home page’s Link header, and publishes there', async () => {
    setPermalinks(site.root, 'plain');
    try {
      const tested = await testInput(editorInput());
      expect(tested.body).toMatchObject({ ok: true, siteName: 'Postsmith test site' });
      const draft = await draftWith({
        title: 'Plain permalinks',
        metaDescription: 'p',
        slug: 'plain-permalinks',
        tags: ['Plain'],
        categories: ['Tutorials'],
        content: 'plain\n',
      });
      const published = await publish(draft.id, { target: editor.id, status: 'publish' });
      expect(published.status).toBe(200);
      expect(published.body.url).toBe(`${site.url}/?p=${published.body.id}`);
      const again = await publish(draft.id, { target: editor.id, status: 'publish' });
      expect(again.body.id).toBe(published.body.id);
      expect((await remotePost(published.body.id)).title.raw).toBe('Plain permalinks');
    } finally {
      setPermalinks(site.root, 'pretty');
    }
  });
});

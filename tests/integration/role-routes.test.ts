import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Person } from '@/lib/accounts';
import type { Draft } from '@/lib/drafts/draft';
import { topicOf } from '../fixtures/fake-anthropic/server.mjs';
import type { RecordedRequest } from '../fixtures/fake-anthropic/types.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost, waitFor } from './generation/post-text';
import { redirectedTo } from './next-redirect';

// The role × route table of issue 22: every route under app/api, called as nobody, a writer, an editor and an
// admin, with the outcome each must get. Server actions read their caller through next/headers: this test's.
const actionRequest = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => actionRequest.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const API_DIR = path.resolve(import.meta.dirname, '../../app/api');
const BASE = 'http://localhost:3000';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** `writer` is writer A acting on writer B's things; `writerOwn` is writer A on A's own. */
type Who = 'anonymous' | 'writer' | 'writerOwn' | 'editor' | 'admin';
/** `ok`: the role check passed and the handler ran (2xx, or a domain 4xx such as 400, 404 or 409). */
type Outcome = 'ok' | 401 | 403;
type Expected = { anonymous: Outcome; writer: Outcome; writerOwn?: Outcome; editor: Outcome; admin: Outcome };

/** What one cell of the table works on: fresh things, owned by writer A for `writerOwn` and by writer B otherwise. */
type Cell = {
  draft(options?: { approved?: boolean }): Promise<Draft>;
  trashed(): Promise<Draft>;
  batch(): Promise<{ id: string; jobId: string }>;
};
type Call = { path: string; params?: Record<string, string>; body?: unknown; form?: FormData };
type Row = { route: string; method: Method; what?: string; expected: Expected; call(cell: Cell): Promise<Call> | Call };

const OPEN: Expected = { anonymous: 'ok', writer: 'ok', editor: 'ok', admin: 'ok' };
const SIGNED_IN: Expected = { anonymous: 401, writer: 'ok', editor: 'ok', admin: 'ok' };
const AUTHOR_OR_EDITOR: Expected = { anonymous: 401, writer: 403, writerOwn: 'ok', editor: 'ok', admin: 'ok' };
const EDITOR: Expected = { anonymous: 401, writer: 403, editor: 'ok', admin: 'ok' };
const EDITOR_EVEN_OWN: Expected = { ...EDITOR, writerOwn: 403 };
const ADMIN: Expected = { anonymous: 401, writer: 403, editor: 403, admin: 'ok' };

const onDraft = async (cell: Cell, tail: string, body?: (draft: Draft) => unknown): Promise<Call> => {
  const draft = await cell.draft();
  return { path: `/api/drafts/${draft.id}${tail}`, params: { id: draft.id }, body: body?.(draft) };
};
const onBatch = async (cell: Cell, tail: (batch: { id: string; jobId: string }) => string): Promise<Call> => {
  const batch = await cell.batch();
  return { path: `/api/batches/${batch.id}${tail(batch)}`, params: batch, body: {} };
};
// A site that answers, but not as WordPress: the connection is refused with a 4xx naming the problem.
const wordpress = () => ({ type: 'wordpress', url: harness.fake.url, username: 'editor', applicationPassword: 'abcd efgh ijkl mnop' });

let topics = 0;
const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner password 1' };
const newcomer = () => ({ name: `Newcomer ${++topics}`, email: `newcomer-${topics}@example.com`, password: 'newcomer password' });
const inviteToken = async () => (await accounts.createInvite({ role: 'writer', by: people.admin.id })).path.split('/').at(-1) ?? '';
const ROWS: Row[] = [
  { route: 'health', method: 'GET', expected: OPEN, call: () => ({ path: '/api/health' }) },
  {
    route: 'auth/login',
    method: 'POST',
    expected: OPEN,
    call: () => ({ path: '/api/auth/login', body: { email: OWNER.email, password: OWNER.password } }),
  },
  { route: 'auth/logout', method: 'POST', expected: OPEN, call: () => ({ path: '/api/auth/logout', body: {} }) },

  // Accounts. Joining and resetting a password are open: the token in the path is the check.
  {
    route: 'setup',
    method: 'POST',
    what: 'once the owner exists',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/setup', body: newcomer() }),
  },
  {
    route: 'join/[token]',
    method: 'GET',
    expected: OPEN,
    call: async () => {
      const token = await inviteToken();
      return { path: `/api/join/${token}`, params: { token } };
    },
  },
  {
    route: 'join/[token]',
    method: 'POST',
    expected: OPEN,
    call: async () => {
      const token = await inviteToken();
      return { path: `/api/join/${token}`, params: { token }, body: newcomer() };
    },
  },
  {
    route: 'reset/[token]',
    method: 'POST',
    expected: OPEN,
    call: async () => {
      const person = await join(people.admin, 'writer', `Rita Reset ${++topics}`);
      const link = await accounts.createPasswordReset({ userId: person.id, by: people.admin.id });
      const token = link.path.split('/').at(-1) ?? '';
      return { path: `/api/reset/${token}`, params: { token }, body: { password: 'a new password here' } };
    },
  },
  { route: 'account', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/account' }) },
  {
    route: 'account/password',
    method: 'POST',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/account/password', body: { currentPassword: 'not the password', newPassword: 'a new password here' } }),
  },
  { route: 'account/tokens', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/account/tokens' }) },
  {
    route: 'account/tokens',
    method: 'POST',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/account/tokens', body: { name: 'a script' } }),
  },
  {
    route: 'account/tokens/[id]',
    method: 'DELETE',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/account/tokens/no-such-token', params: { id: 'no-such-token' }, body: {} }),
  },
  { route: 'people', method: 'GET', expected: ADMIN, call: () => ({ path: '/api/people' }) },
  {
    route: 'people/[id]',
    method: 'PATCH',
    expected: ADMIN,
    call: async () => {
      const person = await join(people.admin, 'writer', `Pat Promoted ${++topics}`);
      return { path: `/api/people/${person.id}`, params: { id: person.id }, body: { role: 'editor' } };
    },
  },
  {
    route: 'people/[id]/password-reset',
    method: 'POST',
    expected: ADMIN,
    call: () => ({ path: `/api/people/${people.writerB.id}/password-reset`, params: { id: people.writerB.id }, body: {} }),
  },
  { route: 'invites', method: 'POST', expected: ADMIN, call: () => ({ path: '/api/invites', body: { role: 'writer' } }) },
  { route: 'categories', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/categories' }) },
  { route: 'categories/custom', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/categories/custom' }) },
  {
    route: 'categories/custom',
    method: 'POST',
    expected: ADMIN,
    call: () => ({ path: '/api/categories/custom', body: { name: `Role table category ${++topics}` } }),
  },
  {
    route: 'categories/custom',
    method: 'DELETE',
    expected: ADMIN,
    call: async () => {
      const name = `Role table removal ${++topics}`;
      await categories.addCustomCategory({ name });
      return { path: '/api/categories/custom', body: { name } };
    },
  },
  { route: 'tags', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/tags' }) },
  { route: 'models', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/models' }) },
  {
    route: 'models/test',
    method: 'POST',
    expected: ADMIN,
    call: () => ({ path: '/api/models/test', body: { model: 'anthropic:claude-sonnet-5-5' } }),
  },

  { route: 'drafts', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/drafts?limit=5' }) },
  {
    route: 'drafts',
    method: 'POST',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/drafts', body: topicInput(`Role table new post ${++topics}`) }),
  },
  { route: 'drafts/[id]', method: 'GET', expected: SIGNED_IN, call: (cell) => onDraft(cell, '') },
  {
    route: 'drafts/[id]',
    method: 'PATCH',
    what: 'an edit',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onDraft(cell, '', (draft) => ({ version: draft.version, title: 'A title from the role table' })),
  },
  {
    route: 'drafts/[id]',
    method: 'PATCH',
    what: 'sending to review',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onDraft(cell, '', (draft) => ({ version: draft.version, status: 'review' })),
  },
  {
    route: 'drafts/[id]',
    method: 'PATCH',
    what: 'approving',
    expected: EDITOR_EVEN_OWN,
    call: (cell) => onDraft(cell, '', (draft) => ({ version: draft.version, status: 'approved' })),
  },
  {
    route: 'drafts/[id]',
    method: 'PATCH',
    what: 'an edit to an approved post',
    expected: EDITOR_EVEN_OWN,
    call: async (cell) => {
      const draft = await cell.draft({ approved: true });
      return {
        path: `/api/drafts/${draft.id}`,
        params: { id: draft.id },
        body: { version: draft.version, title: 'Changed after approval' },
      };
    },
  },
  { route: 'drafts/[id]', method: 'DELETE', expected: AUTHOR_OR_EDITOR, call: (cell) => onDraft(cell, '') },
  {
    route: 'drafts/[id]',
    method: 'DELETE',
    what: 'an approved post',
    expected: EDITOR_EVEN_OWN,
    call: async (cell) => {
      const draft = await cell.draft({ approved: true });
      return { path: `/api/drafts/${draft.id}`, params: { id: draft.id } };
    },
  },
  { route: 'drafts/[id]/stop', method: 'POST', expected: AUTHOR_OR_EDITOR, call: (cell) => onDraft(cell, '/stop', () => ({})) },
  { route: 'drafts/[id]/resume', method: 'POST', expected: AUTHOR_OR_EDITOR, call: (cell) => onDraft(cell, '/resume', () => ({})) },
  {
    route: 'drafts/[id]/regenerate',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onDraft(cell, '/regenerate', (draft) => ({ version: draft.version, scope: 'post' })),
  },
  {
    route: 'drafts/[id]/reparse',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onDraft(cell, '/reparse', (draft) => ({ version: draft.version })),
  },
  {
    route: 'drafts/[id]/write',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onDraft(cell, '/write', (draft) => ({ version: draft.version, outline: '## One part\n## Another part' })),
  },
  { route: 'drafts/[id]/revisions', method: 'GET', expected: SIGNED_IN, call: (cell) => onDraft(cell, '/revisions') },
  {
    route: 'drafts/[id]/revisions/[revisionId]/restore',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: async (cell) => {
      const written = await cell.draft();
      const draft = await harness.drafts.updateDraft({ id: written.id, input: { version: written.version, title: 'Edited once' } });
      const [revision] = await harness.drafts.listRevisions({ draftId: draft.id });
      if (!revision) throw new Error('a written draft has a revision');
      return {
        path: `/api/drafts/${draft.id}/revisions/${revision.id}/restore`,
        params: { id: draft.id, revisionId: revision.id },
        body: { version: draft.version },
      };
    },
  },
  { route: 'drafts/[id]/stream', method: 'GET', expected: SIGNED_IN, call: (cell) => onDraft(cell, '/stream') },
  { route: 'drafts/[id]/publications', method: 'GET', expected: SIGNED_IN, call: (cell) => onDraft(cell, '/publications') },
  {
    route: 'drafts/[id]/publish',
    method: 'POST',
    expected: EDITOR_EVEN_OWN,
    call: (cell) => onDraft(cell, '/publish', () => ({ target: 'no-such-connection', status: 'draft' })),
  },
  { route: 'drafts/[id]/export', method: 'GET', expected: EDITOR_EVEN_OWN, call: (cell) => onDraft(cell, '/export?format=hugo') },
  {
    route: 'drafts/bulk',
    method: 'POST',
    what: 'sending to review (per draft, someone else’s are refused in the result)',
    expected: SIGNED_IN,
    call: async (cell) => ({ path: '/api/drafts/bulk', body: { ids: [(await cell.draft()).id], action: 'review' } }),
  },
  {
    route: 'drafts/bulk',
    method: 'POST',
    what: 'approving',
    expected: EDITOR_EVEN_OWN,
    call: async (cell) => ({ path: '/api/drafts/bulk', body: { ids: [(await cell.draft()).id], action: 'approve' } }),
  },
  {
    route: 'drafts/publish',
    method: 'POST',
    expected: EDITOR_EVEN_OWN,
    call: async (cell) => ({
      path: '/api/drafts/publish',
      body: { ids: [(await cell.draft()).id], target: 'no-such-connection', status: 'draft' },
    }),
  },
  { route: 'export', method: 'GET', expected: EDITOR, call: () => ({ path: '/api/export?status=approved&format=hugo' }) },
  {
    route: 'import',
    method: 'POST',
    expected: EDITOR,
    call: () => {
      const form = new FormData();
      const markdown = `---\ntitle: Imported ${++topics}\n---\n\nA short imported post.\n`;
      form.append('files', new File([markdown], `imported-${topics}.md`, { type: 'text/markdown' }));
      return { path: '/api/import', form };
    },
  },

  { route: 'trash', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/trash' }) },
  { route: 'trash', method: 'DELETE', what: 'emptying it', expected: EDITOR, call: () => ({ path: '/api/trash' }) },
  {
    route: 'trash/[id]',
    method: 'DELETE',
    expected: EDITOR_EVEN_OWN,
    call: async (cell) => {
      const draft = await cell.trashed();
      return { path: `/api/trash/${draft.id}`, params: { id: draft.id } };
    },
  },
  {
    route: 'trash/[id]/restore',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: async (cell) => {
      const draft = await cell.trashed();
      return { path: `/api/trash/${draft.id}/restore`, params: { id: draft.id }, body: {} };
    },
  },

  { route: 'batches', method: 'GET', expected: SIGNED_IN, call: () => ({ path: '/api/batches' }) },
  {
    route: 'batches',
    method: 'POST',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/batches', body: { topics: `Role table batch ${++topics}` } }),
  },
  {
    route: 'batches/check-duplicates',
    method: 'POST',
    expected: SIGNED_IN,
    call: () => ({ path: '/api/batches/check-duplicates', body: { topics: 'Role table duplicate check' } }),
  },
  {
    route: 'batches/[id]',
    method: 'GET',
    expected: SIGNED_IN,
    call: async (cell) => {
      const batch = await cell.batch();
      return { path: `/api/batches/${batch.id}`, params: { id: batch.id } };
    },
  },
  { route: 'batches/[id]/cancel', method: 'POST', expected: AUTHOR_OR_EDITOR, call: (cell) => onBatch(cell, () => '/cancel') },
  { route: 'batches/[id]/retry-failed', method: 'POST', expected: AUTHOR_OR_EDITOR, call: (cell) => onBatch(cell, () => '/retry-failed') },
  {
    route: 'batches/[id]/jobs/[jobId]/cancel',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onBatch(cell, (batch) => `/jobs/${batch.jobId}/cancel`),
  },
  {
    route: 'batches/[id]/jobs/[jobId]/retry',
    method: 'POST',
    expected: AUTHOR_OR_EDITOR,
    call: (cell) => onBatch(cell, (batch) => `/jobs/${batch.jobId}/retry`),
  },

  { route: 'connections', method: 'GET', expected: EDITOR, call: () => ({ path: '/api/connections' }) },
  { route: 'connections', method: 'POST', expected: ADMIN, call: () => ({ path: '/api/connections', body: wordpress() }) },
  { route: 'connections/test', method: 'POST', expected: ADMIN, call: () => ({ path: '/api/connections/test', body: wordpress() }) },
  {
    route: 'connections/[id]',
    method: 'DELETE',
    expected: ADMIN,
    call: () => ({ path: '/api/connections/no-such-connection', params: { id: 'no-such-connection' }, body: {} }),
  },
  {
    route: 'connections/[id]/test',
    method: 'POST',
    expected: ADMIN,
    call: () => ({ path: '/api/connections/no-such-connection/test', params: { id: 'no-such-connection' }, body: {} }),
  },
];

/** Every route file under app/api, as its folder (`drafts/[id]/stop`), read now so a new route cannot hide. */
function routeFolders(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFolders(full);
    return entry.name === 'route.ts' ? [path.relative(API_DIR, dir).split(path.sep).join('/')] : [];
  });
}
const routeExists = (route: string) => existsSync(path.join(API_DIR, route, 'route.ts'));

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let accounts: typeof import('@/lib/accounts');
let categories: typeof import('@/lib/categories');
let people: { admin: Person; editor: Person; writerA: Person; writerB: Person };
const tokens = new Map<Who, string>();

async function join(admin: Person, role: Person['role'], name: string): Promise<Person> {
  const invite = await accounts.createInvite({ role, by: admin.id });
  const token = invite.path.split('/').at(-1) ?? '';
  return accounts.acceptInvite(token, {
    name,
    email: `${name.toLowerCase().replaceAll(' ', '.')}@example.com`,
    password: `${name} password`,
  });
}

async function tokenFor(person: Person): Promise<string> {
  return (await accounts.createApiToken({ userId: person.id, name: 'role table' })).token;
}

beforeAll(async () => {
  // SECRET_KEY: connections store their site passwords encrypted, so without it adding one is a 503.
  harness = await startGenerationHarness({ SECRET_KEY: 'role table secret key, thirty-two characters or more' });
  // Every post the table starts is written at once, so a cell waits for its fixtures, not for a slow stream.
  harness.fake.setDefault((request: RecordedRequest) => ({ kind: 'stream' as const, text: composePost(topicOf(request)) }));
  accounts = await import('@/lib/accounts');
  categories = await import('@/lib/categories');
  const admin = await accounts.createOwner(OWNER);
  people = {
    admin,
    editor: await join(admin, 'editor', 'Eddie Editor'),
    writerA: await join(admin, 'writer', 'Wanda Writer'),
    writerB: await join(admin, 'writer', 'Walter Writer'),
  };
  tokens.set('admin', await tokenFor(people.admin));
  tokens.set('editor', await tokenFor(people.editor));
  const writerToken = await tokenFor(people.writerA);
  tokens.set('writer', writerToken);
  tokens.set('writerOwn', writerToken);
});
afterAll(async () => {
  // The batches the table started finish writing first, so nothing writes to the database after it is dropped.
  const { db } = await import('@/lib/db/client');
  await waitFor(async () => (await db().batchJob.count({ where: { status: { in: ['queued', 'running'] } } })) === 0, 20_000);
  (await import('@/lib/batch')).stopBatchScheduler();
  await harness?.generation.interruptAllGenerations();
  await harness?.close();
});

const routeModule = (route: string): Promise<Partial<Record<Method, Handler>>> => import(path.join(API_DIR, route, 'route.ts'));

function requestFor(who: Who, method: Method, call: Call, token = tokens.get(who)): Request {
  const headers = new Headers({ host: 'localhost:3000' });
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (method === 'GET') return new Request(`${BASE}${call.path}`, { headers });
  headers.set('origin', BASE);
  if (call.form) return new Request(`${BASE}${call.path}`, { method, headers, body: call.form });
  headers.set('content-type', 'application/json');
  return new Request(`${BASE}${call.path}`, { method, headers, body: JSON.stringify(call.body ?? {}) });
}

async function send(route: string, method: Method, who: Who, call: Call, token?: string): Promise<Response> {
  const handler = (await routeModule(route))[method];
  if (!handler) throw new Error(`${route} has no ${method}`);
  return handler(requestFor(who, method, call, token), { params: Promise.resolve(call.params ?? {}) });
}

async function written(author: Person, { approved = false } = {}): Promise<Draft> {
  const topic = `Role table draft ${++topics}`;
  const started = await harness.generation.startWriting(
    { kind: 'new', input: topicInput(topic) },
    { client: 'role-table', personId: author.id },
  );
  const draft = await harness.generation.generationSettled({ id: started.id });
  if (!approved) return draft;
  return harness.drafts.updateDraft({ id: draft.id, input: { version: draft.version, status: 'approved' }, by: people.editor.id });
}

function cellFor(who: Who): Cell {
  const owner = who === 'writerOwn' ? people.writerA : people.writerB;
  return {
    draft: (options) => written(owner, options),
    async trashed() {
      const draft = await written(owner);
      await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });
      return draft;
    },
    async batch() {
      // A batch whose one job failed: nothing for the scheduler to start until someone retries it.
      const { db } = await import('@/lib/db/client');
      const batch = await db().batch.create({
        data: {
          name: `Role table batch ${++topics}`,
          createdById: owner.id,
          jobs: { create: [{ position: 1, topic: `Role table job ${topics}`, status: 'failed', attempts: 1, lastError: 'test' }] },
        },
        include: { jobs: true },
      });
      return { id: batch.id, jobId: batch.jobs[0]?.id ?? '' };
    },
  };
}

type ErrorBody = { error?: { code?: string; message?: string } };

/** The outcome as the table writes it, or a description of what came back instead. */
async function outcomeOf(response: Response): Promise<Outcome | string> {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('application/json') ? ((await response.json()) as ErrorBody & { id?: string; status?: string }) : null;
  if (!type.includes('application/json')) await response.body?.cancel();
  if (response.status === 401 || response.status === 403) {
    const code = response.status === 401 ? 'unauthorized' : 'forbidden';
    const message = body?.error?.message ?? '';
    const says = response.status === 401 ? /log in/i : /editor|admin/i;
    if (body?.error?.code === code && says.test(message)) return response.status;
    return `${response.status} ${JSON.stringify(body)}`;
  }
  if (response.status >= 500) return `${response.status} ${JSON.stringify(body)}`;
  // A post that started writing is let finish, so the next cell starts from a quiet engine.
  if (body?.id && body.status === 'generating') await harness.generation.generationSettled({ id: body.id });
  return 'ok';
}

describe('the role × route table', () => {
  it('names every route file and method under app/api', async () => {
    const named = new Set(ROWS.map((row) => `${row.method} ${row.route}`));
    const present: string[] = [];
    for (const route of routeFolders()) {
      const module = await routeModule(route);
      for (const method of METHODS) if (typeof module[method] === 'function') present.push(`${method} ${route}`);
    }
    expect(present.filter((entry) => !named.has(entry))).toEqual([]);
    expect(present.length).toBeGreaterThan(40);
  });

  it.each(ROWS.filter((row) => routeExists(row.route)).map((row) => ({ ...row, what: row.what ?? '' })))(
    '$method $route $what',
    async (row) => {
      const expected: Partial<Record<Who, Outcome | string>> = {};
      const actual: Partial<Record<Who, Outcome | string>> = {};
      for (const who of ['anonymous', 'writer', 'writerOwn', 'editor', 'admin'] as const) {
        const outcome = row.expected[who];
        if (outcome === undefined) continue;
        expected[who] = outcome;
        actual[who] = await outcomeOf(await send(row.route, row.method, who, await row.call(cellFor(who))));
      }
      expect(actual).toEqual(expected);
    },
  );
});

describe('server actions', () => {
  const asCaller = (token: string | null) => {
    actionRequest.headers = new Headers({ host: 'localhost:3000', ...(token ? { authorization: `Bearer ${token}` } : {}) });
  };
  const topicForm = (topic: string) => {
    const form = new FormData();
    form.set('topic', topic);
    return form;
  };

  it('createDraftAction refuses nobody with the unauthorized error and credits the draft to whoever sent it', async () => {
    const { createDraftAction } = await import('@/app/actions');
    asCaller(null);
    await expect(createDraftAction({ error: null, topic: '' }, topicForm('Nobody writes this'))).rejects.toMatchObject({
      code: 'unauthorized',
    });
    for (const who of ['writer', 'editor', 'admin'] as const) {
      asCaller(tokens.get(who) ?? null);
      const target = await redirectedTo(() => createDraftAction({ error: null, topic: '' }, topicForm(`Action post by ${who}`)));
      const id = target?.match(/^\/drafts\/(.+)$/)?.[1] ?? '';
      const draft = await harness.generation.generationSettled({ id });
      const author = { writer: people.writerA, editor: people.editor, admin: people.admin }[who];
      expect(draft.createdById).toBe(author.id);
    }
  });

  it('loginAction is open: nobody logged in may send it, and is let in with the right password', async () => {
    const { loginAction } = await import('@/app/login/actions');
    asCaller(null);
    const form = new FormData();
    form.set('email', OWNER.email);
    form.set('password', OWNER.password);
    form.set('next', '/drafts');
    expect(await redirectedTo(() => loginAction({ error: null }, form))).toBe('/drafts');
  });
});

const json = async <T>(response: Response) => ({ status: response.status, body: (await response.json()) as T });

describe('who wrote what, through a person’s token', () => {
  it('credits a post to the writer whose token started it, and lists only theirs under "mine"', async () => {
    const start = async (who: Who, token: string, topic: string) => {
      const created = await json<Draft>(await send('drafts', 'POST', who, { path: '/api/drafts', body: topicInput(topic) }, token));
      expect(created.status).toBe(201);
      return harness.generation.generationSettled({ id: created.body.id });
    };
    const mine = await start('writer', tokens.get('writer') ?? '', 'Mine by Wanda');
    const theirs = await start('writer', await tokenFor(people.writerB), 'Theirs by Walter');
    expect(mine.createdById).toBe(people.writerA.id);
    expect(theirs.createdById).toBe(people.writerB.id);

    const approved = await json<Draft>(
      await send('drafts/[id]', 'PATCH', 'editor', {
        path: `/api/drafts/${theirs.id}`,
        params: { id: theirs.id },
        body: { version: theirs.version, status: 'approved' },
      }),
    );
    expect(approved.body).toMatchObject({ status: 'approved', approvedById: people.editor.id, createdById: people.writerB.id });

    const listed = await json<{ items: Draft[] }>(await send('drafts', 'GET', 'writer', { path: '/api/drafts?author=mine&limit=100' }));
    const ids = listed.body.items.map((item) => item.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(new Set(listed.body.items.map((item) => item.createdById))).toEqual(new Set([people.writerA.id]));
  });

  it('moves only the writer’s own drafts in a bulk action and says why the others stayed', async () => {
    const own = await written(people.writerA);
    const theirs = await written(people.writerB);
    const result = await json<{ done: string[]; failed: { id: string; message: string }[] }>(
      await send('drafts/bulk', 'POST', 'writer', { path: '/api/drafts/bulk', body: { ids: [own.id, theirs.id], action: 'review' } }),
    );
    expect(result.body.done).toEqual([own.id]);
    expect(result.body.failed).toEqual([{ id: theirs.id, message: 'written by someone else' }]);
    expect((await harness.drafts.getDraft({ id: theirs.id })).status).toBe('draft');
  });

  it('refuses the token of a person who was removed from the team with 401', async () => {
    const leaving = await join(people.admin, 'writer', 'Lena Leaving');
    const token = await tokenFor(leaving);
    expect((await send('drafts', 'GET', 'writer', { path: '/api/drafts' }, token)).status).toBe(200);
    await accounts.updatePerson({ id: leaving.id, disabled: true, by: people.admin.id });
    const refused = await json<ErrorBody>(await send('drafts', 'GET', 'writer', { path: '/api/drafts' }, token));
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('unauthorized');
  });
});

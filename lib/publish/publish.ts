import 'server-only';
import { getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { AppError, isAppError } from '@/lib/errors';
import { renderHtml } from '@/lib/export';
import { ghostClient } from './ghost';
import type { OutgoingPost, SiteClient } from './outgoing-post';
import type { BulkPublishInput, ConnectionCheck, ConnectionInput, Publication, PublishInput } from './schemas';
import { openSecret, sealSecret } from './secret-box';
import {
  type connectionRow as ConnectionRowOf,
  connectionRow,
  findPublication,
  listPublicationRows,
  recordRemoteState,
  savePublication,
  storeConnection,
  toPublication,
} from './store';
import { instantOf } from './time-zone';
import { wordPressClient } from './wordpress';

type ConnectionRow = Awaited<ReturnType<typeof ConnectionRowOf>>;

function clientFor(input: ConnectionInput): SiteClient {
  return input.type === 'wordpress'
    ? wordPressClient({ url: input.url, username: input.username, password: input.applicationPassword })
    : ghostClient({ url: input.url, adminApiKey: input.adminApiKey });
}

async function storedClient(row: ConnectionRow): Promise<SiteClient> {
  const secret = await openSecret(row.secret);
  return row.type === 'wordpress'
    ? wordPressClient({ url: row.url, username: row.username, password: secret })
    : ghostClient({ url: row.url, adminApiKey: secret });
}

/** Test a connection, new (from the form) or stored (by id): what is wrong is a connection_failed naming it. */
export async function testConnection(target: ConnectionInput | { id: string }): Promise<ConnectionCheck> {
  const client = 'id' in target ? await storedClient(await connectionRow(target)) : clientFor(target);
  const { siteName, timeZone, user } = await client.check();
  return { ok: true, siteName, timeZone, user };
}

/** Saves a connection only after it passed Test, so a wrong credential is refused now rather than at the first publish. */
export async function addConnection(input: ConnectionInput) {
  const secret = await sealSecret(input.type === 'wordpress' ? input.applicationPassword : input.adminApiKey);
  const { siteName, timeZone, apiRoot } = await clientFor(input).check();
  return storeConnection({
    type: input.type,
    url: input.url,
    username: input.type === 'wordpress' ? input.username : '',
    secret,
    apiRoot,
    siteName,
    timeZone,
  });
}

function outgoingPost(draft: Draft, input: { status: PublishInput['status']; date?: string | undefined }, timeZone: string): OutgoingPost {
  const date = input.date ? instantOf(input.date, timeZone) : undefined;
  if (input.status === 'future' && date && date.getTime() <= Date.now()) {
    throw new AppError('validation_failed', 'A scheduled post needs a date and time in the future. Pick a later time, or publish now.');
  }
  return {
    title: draft.title || draft.topic,
    slug: draft.slug,
    excerpt: draft.metaDescription,
    html: renderHtml(draft.content),
    tags: draft.tags,
    categories: draft.categories,
    focusKeyword: draft.keywords.split(',')[0]?.trim() ?? '',
    status: input.status,
    date,
  };
}

// Two publishes of one draft to one site at once (a double click, a script retrying) would both find no remote
// post and make two: they take turns instead. Per process; instances sharing a database do not see each other's.
const inFlight = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const turn = (inFlight.get(key) ?? Promise.resolve()).catch(() => undefined).then(run);
  inFlight.set(key, turn);
  try {
    return await turn;
  } finally {
    if (inFlight.get(key) === turn) inFlight.delete(key);
  }
}

/**
 * Publishes a draft to a site: the first time a new post, after that an update of the same post (found by the
 * stored remote id), slug included. The draft itself is never changed; a failure changes nothing here either.
 */
export function publishDraft({ draftId, input }: { draftId: string; input: PublishInput }): Promise<Publication> {
  return oneAtATime(`${draftId} ${input.target}`, () => publishNow({ draftId, input }));
}

async function publishNow({ draftId, input }: { draftId: string; input: PublishInput }): Promise<Publication> {
  const draft = await getDraft({ id: draftId });
  if (draft.status === 'generating')
    throw new AppError('invalid_state', 'This draft is still being written. Publish it once it is finished.');
  const connection = await connectionRow({ id: input.target });
  const existing = await findPublication({ draftId, connectionId: connection.id });
  if (existing?.remoteStatus === 'missing' && !input.anew) throw missingAgain(connection.url);
  const post = outgoingPost(draft, input, connection.timeZone);
  const client = await storedClient(connection);
  let remote: Awaited<ReturnType<SiteClient['publish']>>;
  try {
    remote = await client.publish(post, input.anew ? undefined : existing?.remoteId);
  } catch (error) {
    if (isAppError(error) && error.code === 'remote_post_missing' && existing) await recordRemoteState({ id: existing.id, remote: null });
    throw error;
  }
  try {
    await savePublication({ draftId, connectionId: connection.id, remote });
  } catch (error) {
    console.error('Published, but the publication could not be recorded', error);
    throw new AppError(
      'internal_error',
      `The post is on the site (${remote.url}), but recording that here failed, so publishing again would make a second post. Check the database, then delete that post on the site or publish anew.`,
    );
  }
  const rows = await listPublicationRows({ draftId });
  const saved = rows.find((row) => row.connectionId === connection.id);
  if (!saved) throw new AppError('internal_error', 'The publication was recorded but cannot be read back. Reload the page.');
  return toPublication(saved);
}

function missingAgain(siteUrl: string): AppError {
  return new AppError(
    'remote_post_missing',
    `The post published from this draft was deleted on ${siteUrl}. Publish it anew to make a new post there.`,
  );
}

/** Where a draft is published, as stored (fast: no site is asked). */
export async function listPublications({ draftId }: { draftId: string }): Promise<Publication[]> {
  return (await listPublicationRows({ draftId })).map(toPublication);
}

/** Asks each site where the draft is published for the post's status now; a deleted post becomes `missing`. */
export async function refreshPublications({ draftId }: { draftId: string }): Promise<Publication[]> {
  const rows = await listPublicationRows({ draftId });
  await Promise.all(
    rows
      .filter((row) => row.remoteStatus !== 'missing')
      .map(async (row) => {
        try {
          const remote = await (await storedClient(row.connection)).read(row.remoteId);
          await recordRemoteState({ id: row.id, remote });
        } catch (error) {
          // A site that is down now keeps its last known state; the publish button reports failures itself.
          if (!isAppError(error)) throw error;
        }
      }),
  );
  return listPublications({ draftId });
}

export type BulkPublishResult = { id: string; title: string } & (
  | { ok: true; publication: Publication }
  | { ok: false; code: string; message: string }
);

/** Publishes drafts one after another (sites rate-limit bursts); each result says what happened to that draft. */
export async function publishDrafts(input: BulkPublishInput): Promise<BulkPublishResult[]> {
  const results: BulkPublishResult[] = [];
  for (const id of input.ids) {
    let title = id;
    try {
      title = (await getDraft({ id })).title || title;
      const publication = await publishDraft({ draftId: id, input: { target: input.target, status: input.status, date: input.date } });
      results.push({ id, title, ok: true, publication });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ id, title, ok: false, code: error.code, message: error.message });
      // The same refusal would follow for every other draft: stop at a wrong credential or a site that is down.
      if (['connection_failed', 'publish_failed', 'rate_limited', 'publishing_unavailable'].includes(error.code)) break;
    }
  }
  return results;
}

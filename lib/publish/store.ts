import 'server-only';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { RemotePost } from './outgoing-post';
import type { Connection, ConnectionType, Publication } from './schemas';

type ConnectionRow = Awaited<ReturnType<ReturnType<typeof db>['publishConnection']['findFirstOrThrow']>>;

const toConnection = (row: ConnectionRow): Connection => ({
  id: row.id,
  type: row.type as ConnectionType,
  url: row.url,
  username: row.username,
  siteName: row.siteName,
  timeZone: row.timeZone,
  createdAt: row.createdAt.toISOString(),
});

export async function listConnections(): Promise<Connection[]> {
  const rows = await db().publishConnection.findMany({ orderBy: { createdAt: 'asc' } });
  return rows.map(toConnection);
}

/** The stored connection with its sealed secret: for lib/publish only. */
export async function connectionRow({ id }: { id: string }): Promise<ConnectionRow> {
  const row = await db().publishConnection.findUnique({ where: { id } });
  if (!row)
    throw new AppError('not_found', 'This publishing connection does not exist (it may have been removed). Pick a site from Settings.');
  return row;
}

export async function storeConnection(data: {
  type: ConnectionType;
  url: string;
  username: string;
  secret: string;
  apiRoot: string;
  siteName: string;
  timeZone: string;
}): Promise<Connection> {
  return toConnection(await db().publishConnection.create({ data }));
}

export async function deleteConnection({ id }: { id: string }): Promise<void> {
  const { count } = await db().publishConnection.deleteMany({ where: { id } });
  if (count === 0) throw new AppError('not_found', 'This publishing connection does not exist (it may have been removed already).');
}

export async function findPublication({ draftId, connectionId }: { draftId: string; connectionId: string }) {
  return db().publication.findUnique({ where: { draftId_connectionId: { draftId, connectionId } } });
}

export async function savePublication({
  draftId,
  connectionId,
  remote,
}: {
  draftId: string;
  connectionId: string;
  remote: RemotePost;
}): Promise<void> {
  const values = {
    remoteId: remote.id,
    url: remote.url,
    remoteStatus: remote.status,
    remoteDate: remote.date ? new Date(remote.date) : null,
  };
  await db().publication.upsert({
    where: { draftId_connectionId: { draftId, connectionId } },
    create: { draftId, connectionId, ...values },
    update: { ...values, publishedAt: new Date() },
  });
}

/** What the site said about the post when it was last looked at: its status and link, or `missing`. */
export async function recordRemoteState({ id, remote }: { id: string; remote: RemotePost | null }): Promise<void> {
  await db().publication.update({
    where: { id },
    data: remote
      ? { url: remote.url, remoteStatus: remote.status, remoteDate: remote.date ? new Date(remote.date) : null }
      : { remoteStatus: 'missing' },
  });
}

export async function listPublicationRows({ draftId }: { draftId: string }) {
  return db().publication.findMany({ where: { draftId }, include: { connection: true }, orderBy: { publishedAt: 'asc' } });
}

export const toPublication = (row: Awaited<ReturnType<typeof listPublicationRows>>[number]): Publication => ({
  connectionId: row.connectionId,
  connectionType: row.connection.type as ConnectionType,
  siteName: row.connection.siteName || row.connection.url,
  timeZone: row.connection.timeZone,
  id: row.remoteId,
  url: row.url,
  status: row.remoteStatus,
  date: row.remoteDate?.toISOString() ?? null,
  publishedAt: row.publishedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

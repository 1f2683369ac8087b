import 'server-only';
import pg from 'pg';
import { serverEnv } from '@/lib/env';
import { postgresConnection } from './client';

type Handler = (payload: string) => void;

const RECONNECT_MS = 1_000;

/**
 * PostgreSQL LISTEN/NOTIFY on one plain connection per process beside Prisma's pool (a pooled connection cannot
 * keep a LISTEN), which also sends this process's notifications, so they leave in the order they were sent. A
 * notification sent inside a transaction arrives after it commits; a dropped connection is reopened, and what was
 * sent meanwhile is lost: listeners read the database again after `onReconnect` (see the live text follower).
 */
class Notifications {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const { DATABASE_URL, DATABASE_BUSY_TIMEOUT_MS } = serverEnv();
      const { schema: _schema, ...connection } = postgresConnection(DATABASE_URL, DATABASE_BUSY_TIMEOUT_MS);
      const client = new pg.Client(connection);
      client.on('notification', (message) => {
        for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      client.on('error', (error) => {
        console.warn('The PostgreSQL notification connection failed; reconnecting.', error.message);
        this.client = null;
        client.end().catch(() => {});
        setTimeout(() => void this.reopen(), RECONNECT_MS).unref();
      });
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN "${channel}"`);
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async reopen(): Promise<void> {
    if (this.handlers.size === 0) return;
    try {
      await this.connect();
      for (const handler of this.reconnectHandlers) handler();
    } catch {
      setTimeout(() => void this.reopen(), RECONNECT_MS).unref();
    }
  }

  async listen(channel: string, handler: Handler, onReconnect: () => void): Promise<() => void> {
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      const client = await this.connect();
      await client.query(`LISTEN "${channel}"`);
    }
    handlers.add(handler);
    this.reconnectHandlers.add(onReconnect);
    return () => {
      handlers.delete(handler);
      this.reconnectHandlers.delete(onReconnect);
    };
  }

  /** Closes the connection (a database about to be dropped); the next listen or notify opens a new one. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.handlers.clear();
    this.reconnectHandlers.clear();
    client?.removeAllListeners('error');
    await client?.end();
  }

  async notify(channel: string, payload: string): Promise<void> {
    const client = await this.connect();
    await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }
}

const globalForNotifications = globalThis as typeof globalThis & { postsmithNotifications?: Notifications };

/** This process's LISTEN/NOTIFY connection (PostgreSQL only). */
export function notifications(): Notifications {
  globalForNotifications.postsmithNotifications ??= new Notifications();
  return globalForNotifications.postsmithNotifications;
}

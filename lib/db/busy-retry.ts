import 'server-only';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from '@prisma/driver-adapter-utils';

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

// The better-sqlite3 adapter reports SQLITE_BUSY as a DriverAdapterError whose cause keeps the driver's code.
// BUSY_SNAPSHOT is left alone: the transaction read a state another writer has since replaced, so waiting
// cannot help (https://www.sqlite.org/rescode.html#busy_snapshot).
function lockedByAnotherConnection(error: unknown): boolean {
  const code = (error as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY') && code !== 'SQLITE_BUSY_SNAPSHOT';
}

async function retryWhileLocked<T>(run: () => Promise<T>, budgetMs: number): Promise<T> {
  const giveUpAt = Date.now() + budgetMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!lockedByAnotherConnection(error) || Date.now() + pause > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}

function retryingQueries<Q extends SqlQueryable>(queryable: Q, budgetMs: number): Q {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === 'queryRaw') return (query: Parameters<Q['queryRaw']>[0]) => retryWhileLocked(() => target.queryRaw(query), budgetMs);
      if (property === 'executeRaw') {
        return (query: Parameters<Q['executeRaw']>[0]) => retryWhileLocked(() => target.executeRaw(query), budgetMs);
      }
      if (property === 'startTransaction') {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> =>
          retryingQueries(await (target as unknown as SqlDriverAdapter).startTransaction(...args), budgetMs);
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * better-sqlite3 waits for a lock synchronously, freezing every request of the process while another program
 * holds the file. Give it no busy timeout and wait here instead, between timers, for up to `budgetMs`.
 */
export function retryWhenBusy(factory: SqlDriverAdapterFactory, budgetMs: number): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => retryingQueries(await factory.connect(), budgetMs),
  };
}

import 'server-only';
import { findDuplicateTopics } from './duplicates';
import { parseBatchTopics } from './queries';
import type { BatchOptions } from './schemas';
import type { TopicCheck } from './view';

/** What a batch would hold before it is created: how many topics, the bad rows, the duplicates. */
export async function checkTopics(input: { topics?: string | undefined; csv?: string | undefined } & BatchOptions): Promise<TopicCheck> {
  const { rows, problems } = parseBatchTopics(input);
  const duplicates = await findDuplicateTopics({ topics: rows.map((row) => ({ line: row.line, topic: row.values.topic })) });
  return { count: rows.length, problems, duplicates };
}

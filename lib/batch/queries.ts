import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { modelId, parseModelId } from '@/lib/drafts/model-choice';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { chooseModel, generationAvailable, MISSING_KEY_MESSAGE, offeredModels } from '@/lib/generation';
import { ensureBatchScheduler, wakeBatchScheduler } from './scheduler';
import { BatchOptions, type CreateBatchValues, type JobStatus } from './schemas';
import { type ParsedTopics, parseTopicCsv, parseTopicList } from './topics';
import { type BatchJobView, type BatchSummary, type BatchView, type CreatedBatch, emptyCounts, type JobCounts } from './view';

const JOB_WITH_DRAFT = {
  draft: {
    select: { id: true, status: true, title: true, wordCount: true, model: true, inputTokens: true, outputTokens: true, error: true },
  },
} satisfies Prisma.BatchJobInclude;
type JobWithDraft = Prisma.BatchJobGetPayload<{ include: typeof JOB_WITH_DRAFT }>;

const NOT_FOUND = 'This batch does not exist (it may have been deleted).';

function toJobView(row: JobWithDraft): BatchJobView {
  return {
    id: row.id,
    position: row.position,
    topic: row.topic,
    keywords: row.keywords,
    tone: row.tone,
    audience: row.audience,
    length: row.length,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    draft: row.draft ? { ...row.draft, status: row.draft.status } : null,
  };
}

function parseOptions(json: string): BatchOptions {
  let value: unknown = {};
  try {
    value = JSON.parse(json);
  } catch {
    value = {};
  }
  const parsed = BatchOptions.safeParse(value);
  return parsed.success ? parsed.data : BatchOptions.parse({});
}

function countJobs(jobs: { status: JobStatus }[]): JobCounts {
  const counts = emptyCounts();
  for (const job of jobs) counts[job.status]++;
  return counts;
}

export function parseBatchTopics(input: { topics?: string | undefined; csv?: string | undefined } & BatchOptions): ParsedTopics {
  const options = BatchOptions.parse(input);
  return input.csv !== undefined ? parseTopicCsv(input.csv, options) : parseTopicList(input.topics ?? '', options);
}

async function withOfferedModels({ rows, problems }: ParsedTopics): Promise<ParsedTopics> {
  if (!rows.some((row) => row.values.model)) return { rows, problems };
  const offered = new Set((await offeredModels()).map((option) => option.id));
  const kept = rows.filter((row) => !row.values.model || offered.has(modelId(parseModelId(row.values.model))));
  const refused = rows
    .filter((row) => !kept.includes(row))
    .map((row) => ({ line: row.line, message: `The model "${row.values.model}" is not offered here; Settings lists the ones that are.` }));
  return { rows: kept, problems: [...problems, ...refused].sort((a, b) => a.line - b.line) };
}

function defaultName(topics: string[]): string {
  const first = topics[0] ?? '';
  const head = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return topics.length > 1 ? `${head} and ${topics.length - 1} more` : head;
}

/** Creates a batch from the good rows (its jobs queued) and reports the bad ones; none good is a 400. */
/** `by`: who starts it (its drafts are theirs), or null for the installation. */
export async function createBatch({ input, by = null }: { input: CreateBatchValues; by?: string | null }): Promise<CreatedBatch> {
  if (!generationAvailable()) throw new AppError('generation_unavailable', MISSING_KEY_MESSAGE);
  // The batch's model must be offered (400 unknown_model); a CSV row naming one that is not becomes a line problem.
  if (input.model) await chooseModel(input.model);
  const parsed = parseBatchTopics(input);
  const { rows, problems } = await withOfferedModels(parsed);
  if (rows.length === 0) {
    const first = problems[0];
    const reason = first ? ` Line ${first.line}: ${first.message}` : ' The list is empty.';
    throw new AppError('validation_failed', `There is no topic to write.${reason}`, { problems });
  }
  const options = BatchOptions.parse(input);
  const batch = await db().batch.create({
    data: {
      name: input.name || defaultName(rows.map((row) => row.values.topic)),
      createdById: by,
      options: JSON.stringify(options),
      jobs: { createMany: { data: rows.map((row, index) => ({ position: index + 1, ...row.values })) } },
    },
  });
  wakeBatchScheduler();
  return { batch: await getBatch({ id: batch.id }), problems };
}

export async function getBatch({ id }: { id: string }): Promise<BatchView> {
  ensureBatchScheduler();
  const row = await db().batch.findUnique({ where: { id }, include: { jobs: { include: JOB_WITH_DRAFT, orderBy: { position: 'asc' } } } });
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const jobs = row.jobs.map(toJobView);
  return {
    id: row.id,
    name: row.name,
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
    options: parseOptions(row.options),
    concurrency: serverEnv().GENERATION_CONCURRENCY,
    counts: countJobs(jobs),
    jobs,
  };
}

export async function listBatches({ limit = 20 }: { limit?: number } = {}): Promise<BatchSummary[]> {
  ensureBatchScheduler();
  const batches = await db().batch.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  const groups = await db().batchJob.groupBy({
    by: ['batchId', 'status'],
    where: { batchId: { in: batches.map((batch) => batch.id) } },
    _count: { _all: true },
  });
  return batches.map((batch) => {
    const counts = emptyCounts();
    for (const group of groups) {
      if (group.batchId === batch.id) counts[group.status] += group._count._all;
    }
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { id: batch.id, name: batch.name, createdAt: batch.createdAt.toISOString(), total, counts };
  });
}

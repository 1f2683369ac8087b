import type { DraftStatus } from '@/lib/drafts/draft';
import type { LineProblem } from './csv';
import type { BatchOptions, JobStatus } from './schemas';

/** The draft a job wrote, as the batch page needs it: live status, words so far and what it cost. */
export type JobDraft = {
  id: string;
  status: DraftStatus;
  title: string;
  wordCount: number;
  model: string;
  inputTokens: number;
  outputTokens: number;
  error: string | null;
};

export type BatchJobView = {
  id: string;
  position: number;
  topic: string;
  keywords: string;
  tone: string;
  audience: string;
  length: string;
  status: JobStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  draft: JobDraft | null;
};

export type JobCounts = Record<JobStatus, number>;

export type BatchView = {
  id: string;
  name: string;
  /** Who started it (a User id; null before accounts): they and editors may cancel or retry it. */
  createdById: string | null;
  createdAt: string;
  options: BatchOptions;
  /** How many jobs the scheduler runs at once (GENERATION_CONCURRENCY), for the time estimate. */
  concurrency: number;
  counts: JobCounts;
  jobs: BatchJobView[];
};

export type BatchSummary = { id: string; name: string; createdAt: string; total: number; counts: JobCounts };

export type CreatedBatch = { batch: BatchView; problems: LineProblem[] };

export type DuplicateTopic = {
  line: number;
  topic: string;
  /** Existing drafts with the same topic, newest first (at most three). */
  drafts: { id: string; title: string; status: DraftStatus }[];
  /** The line of the same topic earlier in this list, if any. */
  earlierLine: number | null;
};

export type TopicCheck = { count: number; problems: LineProblem[]; duplicates: DuplicateTopic[] };

export function emptyCounts(): JobCounts {
  return { queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
}

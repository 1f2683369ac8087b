import 'server-only';

export { authorizeBatchChange } from './access';
export { checkTopics } from './check-topics';
export { cancelBatch, cancelJob, retryFailedJobs, retryJob } from './controls';
export { findDuplicateTopics } from './duplicates';
export { createBatch, getBatch, listBatches } from './queries';
export { ensureBatchScheduler, runningBatchJobCount, startBatchScheduler, stopBatchScheduler, wakeBatchScheduler } from './scheduler';

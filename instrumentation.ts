export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startGenerationRecovery, saveGenerationsOnShutdown } = await import('@/lib/generation');
  const { readOnlyDatabaseNotice, startWritingOrReadOnly } = await import('@/lib/drafts');
  await startWritingOrReadOnly(startGenerationRecovery);
  saveGenerationsOnShutdown();
  // Every tick of the batch queue would fail on a read-only file; the notice already says to restart.
  if (!readOnlyDatabaseNotice()) (await import('@/lib/batch')).startBatchScheduler();
}

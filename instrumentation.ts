export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { recoverInterruptedGenerations, saveGenerationsOnShutdown } = await import('@/lib/generation');
  await recoverInterruptedGenerations();
  saveGenerationsOnShutdown();
  (await import('@/lib/batch')).startBatchScheduler();
}

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { recoverInterruptedGenerations } = await import('@/lib/generation');
  await recoverInterruptedGenerations();
}

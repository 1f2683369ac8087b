function tone(score: number): string {
  if (score >= 80) return 'bg-emerald-500';
  if (score >= 50) return 'bg-amber-500';
  return 'bg-stone-400 dark:bg-stone-500';
}

export function ScoreMeter({ score }: { score: number }) {
  const clamped = Math.max(0, Math.min(100, score));
  return (
    <span className="inline-flex items-center gap-2" title={`SEO score ${clamped} of 100`}>
      <span className="hidden h-1.5 w-10 overflow-hidden rounded-full bg-stone-200 lg:inline-block dark:bg-stone-700" aria-hidden="true">
        <span className={`block h-full ${tone(clamped)}`} style={{ width: `${clamped}%` }} />
      </span>
      <span className="w-6 text-right tabular-nums">{clamped}</span>
    </span>
  );
}

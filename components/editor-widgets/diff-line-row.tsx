import type { DiffLine } from './revision-diff-model';

const ROW: Record<DiffLine['kind'], string> = {
  same: 'text-stone-700 dark:text-stone-300',
  added: 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-50',
  removed: 'bg-rose-50 text-rose-950 dark:bg-rose-950/50 dark:text-rose-50',
};
const MARK: Record<DiffLine['kind'], string> = {
  same: '',
  added: 'rounded-sm bg-emerald-200 dark:bg-emerald-800/80',
  removed: 'rounded-sm bg-rose-200 dark:bg-rose-800/80',
};
const SIGN = { same: ' ', added: '+', removed: '−' } as const;
const SPOKEN = { same: '', added: 'Added: ', removed: 'Removed: ' } as const;
const gutter = 'w-10 shrink-0 select-none pr-2 text-right text-stone-400 dark:text-stone-500';

export function DiffLineRow({ line }: { line: DiffLine }) {
  const Text = line.kind === 'added' ? 'ins' : line.kind === 'removed' ? 'del' : 'span';
  return (
    <div data-kind={line.kind} className={`flex leading-relaxed ${ROW[line.kind]}`}>
      <span aria-hidden="true" className={gutter}>
        {line.oldNo ?? ''}
      </span>
      <span aria-hidden="true" className={gutter}>
        {line.newNo ?? ''}
      </span>
      <span aria-hidden="true" className="w-5 shrink-0 select-none text-center opacity-70">
        {SIGN[line.kind]}
      </span>
      <Text className="min-w-0 flex-1 whitespace-pre-wrap break-words pr-3 no-underline">
        {SPOKEN[line.kind] && <span className="sr-only">{SPOKEN[line.kind]}</span>}
        {line.parts
          ? line.parts.map((part, index) =>
              part.changed ? (
                <mark key={index} className={`text-inherit ${MARK[line.kind]}`}>
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )
          : line.text || ' '}
      </Text>
    </div>
  );
}

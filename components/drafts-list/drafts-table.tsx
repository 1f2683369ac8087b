import type { DraftSummary } from '@/lib/drafts/draft';
import { DraftRow } from './draft-row';
import { SelectAllCheckbox } from './select-all-checkbox';

const head = 'py-2.5 pr-4 text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400';

export function DraftsTable({ drafts, now }: { drafts: DraftSummary[]; now: number }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full text-sm">
        <caption className="sr-only">Drafts</caption>
        <thead className="border-b border-stone-200 bg-stone-50/80 text-left dark:border-stone-800 dark:bg-stone-950/40">
          <tr>
            <th scope="col" className="w-10 py-2.5 pr-1 pl-4">
              <span className="flex h-5 items-center">
                <SelectAllCheckbox />
              </span>
            </th>
            <th scope="col" className={head}>
              Draft
            </th>
            <th scope="col" className={head}>
              Status
            </th>
            <th scope="col" className={`${head} hidden text-right md:table-cell`}>
              Words
            </th>
            <th scope="col" className={`${head} hidden text-right md:table-cell`}>
              SEO
            </th>
            <th scope="col" className={`${head} hidden text-right sm:table-cell`}>
              Updated
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
          {drafts.map((draft) => (
            <DraftRow key={draft.id} draft={draft} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

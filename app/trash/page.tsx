import type { Metadata } from 'next';
import { TrashList } from '@/components/trash-list';
import { roleMay } from '@/lib/accounts/roles';
import { currentPrincipal, principalRole } from '@/lib/auth';
import { listTrash, TRASH_DAYS } from '@/lib/drafts';

export const metadata: Metadata = { title: 'Trash' };
export const dynamic = 'force-dynamic';

export default async function TrashPage() {
  const principal = await currentPrincipal();
  const canPurge = principal !== null && roleMay(principalRole(principal), 'trash.empty');
  return (
    <div className="max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Trash</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Deleted drafts stay here {TRASH_DAYS} days with their history, then go for good. Restore one to bring it back as it was.
        </p>
      </div>
      <TrashList initial={await listTrash()} canPurge={canPurge} />
    </div>
  );
}

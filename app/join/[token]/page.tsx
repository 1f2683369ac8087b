import type { Metadata } from 'next';
import { NewAccountForm } from '@/components/account/new-account-form';
import { NoticePage } from '@/components/ui/notice-page';
import { openAccessLink } from '@/lib/accounts';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/accounts/roles';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Join' };

type Props = { params: Promise<{ token: string }> };

export default async function JoinPage({ params }: Props) {
  const { token } = await params;
  const link = await openAccessLink('invite', token).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') return error.message;
    throw error;
  });
  if (typeof link === 'string')
    return <NoticePage title="This invite does not work" message={link} action={{ href: '/login', label: 'Log in' }} />;
  if (link.kind !== 'invite') throw new Error('openAccessLink answered another kind of link');
  return (
    <section aria-labelledby="join-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="join-heading" className="text-2xl font-semibold tracking-tight">
        Join Postsmith
      </h1>
      <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400" data-testid="invite-role">
        You join as <strong className="text-stone-900 dark:text-stone-100">{ROLE_LABELS[link.role]}</strong>. {ROLE_DESCRIPTIONS[link.role]}
      </p>
      <NewAccountForm path={`/api/join/${encodeURIComponent(token)}`} submitLabel="Join" pendingLabel="Joining…" />
    </section>
  );
}

import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { NoticePage } from '@/components/ui/notice-page';
import { openAccessLink } from '@/lib/accounts';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set a new password' };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPage({ params }: Props) {
  const { token } = await params;
  const link = await openAccessLink('password_reset', token).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') return error.message;
    throw error;
  });
  if (typeof link === 'string')
    return <NoticePage title="This reset link does not work" message={link} action={{ href: '/login', label: 'Log in' }} />;
  if (link.kind !== 'password_reset') throw new Error('openAccessLink answered another kind of link');
  return (
    <section aria-labelledby="reset-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="reset-heading" className="text-2xl font-semibold tracking-tight">
        Set a new password
      </h1>
      <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">
        For <strong className="text-stone-900 dark:text-stone-100">{link.email}</strong>. Every device logged in to this account is logged
        out.
      </p>
      <ResetPasswordForm token={token} email={link.email} />
    </section>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ApiTokens } from '@/components/account/api-tokens';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { LogOutEverywhere } from '@/components/account/log-out-everywhere';
import { listApiTokens } from '@/lib/accounts';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/accounts/roles';
import { currentPrincipal } from '@/lib/auth';

export const metadata: Metadata = { title: 'Account' };

const sectionHeading = 'text-lg font-semibold tracking-tight';

export default async function AccountPage() {
  const principal = await currentPrincipal();
  if (!principal) redirect('/login?next=/account');
  if (principal.kind !== 'person') {
    return (
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          This install has no accounts yet.{' '}
          <Link href="/setup" className="font-medium text-amber-700 underline dark:text-amber-400">
            Create the owner account
          </Link>{' '}
          first.
        </p>
      </div>
    );
  }
  const { person } = principal;
  const tokens = await listApiTokens(person.id);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-500 dark:text-stone-400">Name</dt>
          <dd data-testid="account-name">{person.name}</dd>
          <dt className="text-stone-500 dark:text-stone-400">Email</dt>
          <dd className="[overflow-wrap:anywhere]">{person.email}</dd>
          <dt className="text-stone-500 dark:text-stone-400">Role</dt>
          <dd>
            <span data-testid="account-role">{ROLE_LABELS[person.role]}</span>
            <span className="text-stone-500 dark:text-stone-400"> · {ROLE_DESCRIPTIONS[person.role]}</span>
          </dd>
        </dl>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className={sectionHeading}>
          Password
        </h2>
        <ChangePasswordForm email={person.email} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className={sectionHeading}>
          Logins
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Lost a device, or logged in somewhere you should not have? End every login at once.
        </p>
        <LogOutEverywhere />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className={sectionHeading}>
          API tokens
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          For scripts: each token acts as you, with your role. Give each script its own, and revoke one when it is no longer used.
        </p>
        <ApiTokens
          initial={tokens.map((token) => ({
            ...token,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </div>
  );
}

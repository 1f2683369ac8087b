import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewAccountForm } from '@/components/account/new-account-form';
import { ownerExists } from '@/lib/accounts';
import { currentPrincipal } from '@/lib/auth';

export const metadata: Metadata = { title: 'Set up accounts' };

export default async function SetupPage() {
  // The proxy let only the installation in (anyone on an open install, the APP_PASSWORD holder otherwise).
  if ((await ownerExists()) || (await currentPrincipal())?.kind !== 'installation') redirect('/');
  return (
    <section aria-labelledby="setup-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="setup-heading" className="text-2xl font-semibold tracking-tight">
        Create the owner account
      </h1>
      <div className="mt-1 mb-6 space-y-2 text-sm text-stone-600 dark:text-stone-400">
        <p>You become the owner (admin): you invite the team and give each person a role.</p>
        <p>
          APP_PASSWORD stops working once this exists: from then on everyone logs in with their own account, and scripts use a personal API
          token.
        </p>
      </div>
      <NewAccountForm path="/api/setup" submitLabel="Create the owner account" pendingLabel="Creating the account…" />
    </section>
  );
}

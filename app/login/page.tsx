import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { ownerExists } from '@/lib/accounts';
import { loginRequired, requestIsAuthorized } from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/next-path';

export const metadata: Metadata = { title: 'Log in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (!(await loginRequired())) redirect('/');
  if (await requestIsAuthorized()) redirect(next);
  const accounts = await ownerExists();
  return (
    <section aria-labelledby="login-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="login-heading" className="text-2xl font-semibold tracking-tight">
        Log in
      </h1>
      <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">
        {accounts
          ? 'Log in with your account. Forgot the password? Ask an admin for a reset link.'
          : 'This Postsmith is protected by a password.'}
      </p>
      <LoginForm next={next} accounts={accounts} />
    </section>
  );
}

'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ownerExists } from '@/lib/accounts';
import { AccountLoginInput } from '@/lib/accounts/schemas';
import { logIn } from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/next-path';
import { LoginInput } from '@/lib/auth/schemas';

/** `email` is given back so the form keeps it after a wrong password. */
export type LoginFormState = { error: string | null; email?: string };

const issues = (error: { issues: { message: string }[] }) => error.issues.map((issue) => issue.message).join(' ');

/** The login form: a right password sets the session cookie and opens the page the person asked for. */
export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const accounts = await ownerExists();
  const typedEmail = String(formData.get('email') ?? '');
  const fields = { password: formData.get('password') ?? '', next: formData.get('next') ?? undefined };
  const parsed = accounts ? AccountLoginInput.safeParse({ ...fields, email: typedEmail }) : LoginInput.safeParse(fields);
  // The email is given back so the form keeps it after a wrong password.
  const kept = accounts ? { email: typedEmail } : {};
  if (!parsed.success) return { error: issues(parsed.error), ...kept };
  const login = await logIn({ headers: await headers(), ...parsed.data });
  if (login.outcome !== 'right') return { error: login.message, ...kept };
  if (login.cookie) (await cookies()).set(login.cookie);
  redirect(safeNextPath(parsed.data.next));
}

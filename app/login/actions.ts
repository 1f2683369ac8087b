'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ownerExists } from '@/lib/accounts';
import { AccountLoginInput } from '@/lib/accounts/schemas';
import {
  accountSessionCookie,
  authSettings,
  logInWithAccount,
  newSessionCookie,
  WRONG_ACCOUNT_MESSAGE,
  WRONG_PASSWORD_MESSAGE,
} from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/next-path';
import { LoginInput } from '@/lib/auth/schemas';
import { guessPassword, requestClient } from '@/lib/rate-limit';

/** `email` is given back so the form keeps it after a wrong password. */
export type LoginFormState = { error: string | null; email?: string };

const issues = (error: { issues: { message: string }[] }) => error.issues.map((issue) => issue.message).join(' ');

/** The login form: a right password sets the session cookie and opens the page the person asked for. */
export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  if (await ownerExists()) return accountLogin(formData);
  const parsed = LoginInput.safeParse({ password: formData.get('password') ?? '', next: formData.get('next') ?? undefined });
  if (!parsed.success) return { error: issues(parsed.error) };
  const settings = authSettings();
  if (!settings) redirect(safeNextPath(parsed.data.next));
  const requestHeaders = await headers();
  const guess = await guessPassword({ client: requestClient(requestHeaders), given: parsed.data.password, password: settings.password });
  if (guess.outcome === 'wait') return { error: guess.message };
  if (guess.outcome === 'wrong') return { error: WRONG_PASSWORD_MESSAGE };
  const cookie = await newSessionCookie(requestHeaders);
  if (cookie) (await cookies()).set(cookie);
  redirect(safeNextPath(parsed.data.next));
}

async function accountLogin(formData: FormData): Promise<LoginFormState> {
  const typedEmail = String(formData.get('email') ?? '');
  const parsed = AccountLoginInput.safeParse({
    email: typedEmail,
    password: formData.get('password') ?? '',
    next: formData.get('next') ?? undefined,
  });
  if (!parsed.success) return { error: issues(parsed.error), email: typedEmail };
  const requestHeaders = await headers();
  const { email, password, next } = parsed.data;
  const login = await logInWithAccount({ client: requestClient(requestHeaders), email, password });
  if (login.outcome === 'wait') return { error: login.message, email: typedEmail };
  if (login.outcome === 'wrong') return { error: WRONG_ACCOUNT_MESSAGE, email: typedEmail };
  (await cookies()).set(accountSessionCookie(login.cookieValue, requestHeaders));
  redirect(safeNextPath(next));
}

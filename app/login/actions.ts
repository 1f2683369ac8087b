'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/next-path';
import { WRONG_PASSWORD_MESSAGE } from '@/lib/auth/request-auth';
import { LoginInput } from '@/lib/auth/schemas';
import { newSessionCookie, passwordIsCorrect } from '@/lib/auth/server';
import { clientId, loginLockoutMessage, recordLoginFailure } from '@/lib/rate-limit';

export type LoginFormState = { error: string | null };

/** The login form: a right password sets the session cookie and opens the page the person asked for. */
export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const parsed = LoginInput.safeParse({ password: formData.get('password') ?? '', next: formData.get('next') ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(' ') };
  const client = clientId(await headers());
  const lockout = loginLockoutMessage({ client });
  if (lockout) return { error: lockout };
  if (!(await passwordIsCorrect(parsed.data.password))) {
    recordLoginFailure({ client });
    return { error: WRONG_PASSWORD_MESSAGE };
  }
  const cookie = await newSessionCookie(await headers());
  if (cookie) (await cookies()).set(cookie);
  redirect(safeNextPath(parsed.data.next));
}

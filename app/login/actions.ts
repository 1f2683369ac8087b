'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authSettings, newSessionCookie, WRONG_PASSWORD_MESSAGE } from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/next-path';
import { LoginInput } from '@/lib/auth/schemas';
import { guessPassword, requestClient } from '@/lib/rate-limit';

export type LoginFormState = { error: string | null };

/** The login form: a right password sets the session cookie and opens the page the person asked for. */
export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const parsed = LoginInput.safeParse({ password: formData.get('password') ?? '', next: formData.get('next') ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(' ') };
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

import 'server-only';
import { passwordMatches, type SignedInPerson, signIn } from '@/lib/accounts';
import { guessAccountPassword, type PasswordGuess } from '@/lib/rate-limit';

export const WRONG_ACCOUNT_MESSAGE =
  'That email and password do not match an account. Try again, or ask an admin for a password reset link.';

export type AccountLogin = { outcome: 'right'; cookieValue: string; person: SignedInPerson } | Exclude<PasswordGuess, { outcome: 'right' }>;

/**
 * The one door for an account login (form and API): the password is checked, then the lockout per address and per
 * account decides (lib/rate-limit), and only then is a session made.
 */
export async function logInWithAccount({
  client,
  email,
  password,
}: {
  client: string;
  email: string;
  password: string;
}): Promise<AccountLogin> {
  const guess = await guessAccountPassword({ client, email, right: await passwordMatches({ email, password }) });
  if (guess.outcome !== 'right') return guess;
  const signedIn = await signIn({ email, password });
  return signedIn ? { outcome: 'right', ...signedIn } : { outcome: 'wrong' };
}

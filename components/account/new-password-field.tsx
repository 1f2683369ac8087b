import { MIN_PASSWORD } from '@/lib/accounts/schemas';
import { TextField } from '../ui/text-field';

/** A password being chosen (setup, joining, a reset, a change): the length rule said up front, the manager told it is new. */
export function NewPasswordField({
  label = 'Password',
  name = 'password',
  error,
  note,
}: {
  label?: string;
  name?: string;
  error: string | undefined;
  /** Said after the length rule, e.g. what else happens when it is set. */
  note?: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD}
      error={error}
      hint={`At least ${MIN_PASSWORD} characters.${note ? ` ${note}` : ''}`}
    />
  );
}

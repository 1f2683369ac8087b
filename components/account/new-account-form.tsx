'use client';

import { useApiForm } from '@/hooks/use-api-form';
import { NewAccountInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { FormError } from './form-error';
import { NewPasswordField } from './new-password-field';

type Props = { path: string; submitLabel: string; pendingLabel: string };

/** Name, email and password for a new account (the owner's on /setup, an invited person's on /join); logs them in. */
export function NewAccountForm({ path, submitLabel, pendingLabel }: Props) {
  const { formRef, onSubmit, pending, fieldErrors, error } = useApiForm({
    schema: NewAccountInput,
    send: (values) => callApi(path, { method: 'POST', body: values }),
    // A full load, so the navigation shows what this person may open.
    onDone: () => window.location.assign('/'),
    fieldOfCode: { invalid_state: 'email' },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        error={fieldErrors.name}
        hint="As the team sees it on drafts and in History."
      />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <NewPasswordField error={fieldErrors.password} />
      <FormError message={error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}

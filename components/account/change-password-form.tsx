'use client';

import { useState } from 'react';
import { useApiForm } from '@/hooks/use-api-form';
import { ChangePasswordInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { FormError } from './form-error';
import { NewPasswordField } from './new-password-field';

/** A person's new password; their other devices are logged out, this one stays in. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [changed, setChanged] = useState(false);
  const { formRef, onSubmit, pending, fieldErrors, error } = useApiForm({
    schema: ChangePasswordInput,
    send: (values) => callApi('/api/account/password', { method: 'POST', body: values }),
    onDone: (_result, form) => {
      form.reset();
      setChanged(true);
    },
    fieldOfCode: { validation_failed: 'currentPassword' },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={() => setChanged(false)} noValidate className="max-w-sm space-y-4">
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
      />
      <NewPasswordField label="New password" name="newPassword" error={fieldErrors.newPassword} note="Your other devices are logged out." />
      <FormError message={error} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </Button>
        {changed && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Password changed.
          </p>
        )}
      </div>
    </form>
  );
}

'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useApiForm } from '@/hooks/use-api-form';
import { SetPasswordInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { FormError } from './form-error';
import { NewPasswordField } from './new-password-field';

/** The new password from a reset link; then a way to log in with it. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [done, setDone] = useState(false);
  const { formRef, onSubmit, pending, fieldErrors, error } = useApiForm({
    schema: SetPasswordInput,
    send: (values) => callApi(`/api/reset/${encodeURIComponent(token)}`, { method: 'POST', body: values }),
    onDone: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="text-sm">
        Password set.{' '}
        <Link href="/login" className="font-medium text-amber-700 underline dark:text-amber-400">
          Log in with it
        </Link>
        .
      </p>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {/* Lets a password manager store the new password under the right account. */}
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordField label="New password" error={fieldErrors.password} />
      <FormError message={error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? 'Setting the password…' : 'Set the password'}
      </Button>
    </form>
  );
}

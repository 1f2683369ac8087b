'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useApiForm } from '@/hooks/use-api-form';
import { MIN_PASSWORD, SetPasswordInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { FormError } from './form-error';

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
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        error={fieldErrors.password}
        hint={`At least ${MIN_PASSWORD} characters.`}
      />
      <FormError message={error} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? 'Setting the password…' : 'Set the password'}
      </Button>
    </form>
  );
}

'use client';

import { useActionState, useEffect, useRef } from 'react';
import { type LoginFormState, loginAction } from '@/app/login/actions';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-styles';

/** The APP_PASSWORD login, or with `accounts` an email and password. */
export function LoginForm({ next, accounts }: { next: string; accounts: boolean }) {
  const [state, formAction, pending] = useActionState<LoginFormState, FormData>(loginAction, { error: null });
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorProps = state.error ? { 'aria-invalid': true, 'aria-describedby': 'login-error' } : {};

  // After a wrong password the field is ready for the next try without reaching for the mouse.
  useEffect(() => {
    if (state.error) passwordRef.current?.select();
  }, [state]);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="next" value={next} />
      {accounts && (
        <div>
          <label htmlFor="email" className="mb-1 block text-sm font-medium">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            required
            // biome-ignore lint/a11y/noAutofocus: logging in is all there is to do on this page.
            autoFocus
            autoComplete="username"
            defaultValue={state.email ?? ''}
            className={inputClass}
          />
        </div>
      )}
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          Password
        </label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          required
          // biome-ignore lint/a11y/noAutofocus: the login page has one field, and typing into it is all there is to do.
          autoFocus={!accounts}
          autoComplete="current-password"
          {...errorProps}
          className={inputClass}
        />
      </div>
      {state.error && (
        <p id="login-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? 'Logging in…' : 'Log in'}
      </Button>
    </form>
  );
}

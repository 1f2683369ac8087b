'use client';

import { useRef, useState } from 'react';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FormError } from './form-error';

/** Ends every login of this person, on every device, this one included (API tokens keep working). */
export function LogOutEverywhere() {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const logOut = async () => {
    setConfirming(false);
    setPending(true);
    setError(null);
    try {
      await callApi('/api/auth/logout', { method: 'POST', body: { everywhere: true } });
      window.location.assign('/login');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not log out everywhere. Try again.');
      setPending(false);
    }
  };

  return (
    <div className="space-y-2">
      <Button ref={opener} variant="destructive-outline" onClick={() => setConfirming(true)} disabled={pending}>
        {pending ? 'Logging out everywhere…' : 'Log out everywhere'}
      </Button>
      <FormError message={error} />
      <ConfirmDialog
        open={confirming}
        title="Log out on every device?"
        confirmLabel="Log out everywhere"
        returnFocus={opener}
        onClose={() => setConfirming(false)}
        onConfirm={() => void logOut()}
      >
        <p>Every login of yours ends, this one included. Your API tokens keep working: revoke them below if one leaked.</p>
      </ConfirmDialog>
    </div>
  );
}

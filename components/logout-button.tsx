'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

type Scope = 'this-device' | 'everywhere';

const FAILED: Record<Scope, string> = {
  'this-device': 'Could not log out. Try again.',
  everywhere: 'Could not log out everywhere. Try again.',
};
const EXPIRED_BEFORE_EVERYWHERE = 'Your login has expired, so other devices are still logged in. Log in again, then log out everywhere.';

/** "Log out" ends this login; "Log out everywhere", once confirmed, ends every login on every device. */
export function LogoutButton() {
  const [pending, setPending] = useState<Scope | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const everywhereButton = useRef<HTMLButtonElement>(null);

  const logOut = async (scope: Scope) => {
    setPending(scope);
    setFailure(null);
    try {
      const response = await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(scope === 'everywhere' ? { everywhere: true } : {}),
      });
      // 401: this login had already expired, which is as logged out as this device gets, but it ended
      // nobody else's.
      if (response.ok || (response.status === 401 && scope === 'this-device')) {
        window.location.assign('/login');
        return;
      }
      setFailure(response.status === 401 ? EXPIRED_BEFORE_EVERYWHERE : FAILED[scope]);
    } catch {
      setFailure(FAILED[scope]);
    }
    setPending(null);
  };

  return (
    <div className="ml-auto flex items-center gap-1">
      {failure && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {failure}
        </span>
      )}
      <Button variant="ghost" onClick={() => logOut('this-device')} disabled={pending !== null}>
        {pending === 'this-device' ? 'Logging out…' : 'Log out'}
      </Button>
      <Button variant="ghost" size="sm" ref={everywhereButton} onClick={() => setConfirming(true)} disabled={pending !== null}>
        {pending === 'everywhere' ? 'Logging out everywhere…' : 'Log out everywhere'}
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Log out on every device?"
        confirmLabel="Log out everywhere"
        returnFocus={everywhereButton}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void logOut('everywhere');
        }}
      >
        <p>Every login ends, this one included: each browser and device asks for the password again on its next page.</p>
      </ConfirmDialog>
    </div>
  );
}

'use client';

import { useState } from 'react';

export function LogoutButton() {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const logOut = async () => {
    setPending(true);
    setFailed(false);
    try {
      const response = await fetch('/api/auth/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      // 401: the login had already expired, which is as logged out as it gets.
      if (response.ok || response.status === 401) {
        window.location.assign('/login');
        return;
      }
      setFailed(true);
    } catch {
      setFailed(true);
    }
    setPending(false);
  };

  return (
    <span className="ml-auto flex items-center gap-2">
      {failed && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          Could not log out. Try again.
        </span>
      )}
      <button
        type="button"
        onClick={logOut}
        disabled={pending}
        className="text-sm text-stone-600 hover:text-stone-900 disabled:opacity-50 dark:text-stone-300 dark:hover:text-white"
      >
        {pending ? 'Logging out…' : 'Log out'}
      </button>
    </span>
  );
}

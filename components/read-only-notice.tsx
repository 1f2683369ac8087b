/** Says on every page that the database refuses writes, and what to do about it. */
export function ReadOnlyNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      data-testid="read-only-notice"
      className="mb-6 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100"
    >
      <p className="font-medium">Nothing can be saved right now.</p>
      <p className="mt-1 break-words">{message}</p>
    </div>
  );
}

export default function SettingsLoading() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <p role="status" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Asking the endpoints which models they offer…
      </p>
    </div>
  );
}

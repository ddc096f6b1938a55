export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading usage and rates…</span>
      <div className="h-7 w-64 rounded bg-slate-200" />
      <div className="h-4 w-96 max-w-full rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="h-96 rounded-xl bg-slate-200/70 lg:col-span-2" />
        <div className="h-64 rounded-xl bg-slate-200/70" />
      </div>
    </div>
  );
}

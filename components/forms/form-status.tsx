/** The polite status line under a form; screen readers announce it when an action answers. */
export function FormStatus({ ok, message }: { ok: boolean; message: string | null }) {
  return (
    <p role="status" aria-live="polite" className={`text-sm ${message ? (ok ? "text-emerald-700" : "text-red-700") : "sr-only"}`}>
      {message ?? ""}
    </p>
  );
}

import { ActionButton } from "@/components/account/action-button";
import { formatDate } from "@/lib/core/dates/format";
import type { ActionState } from "@/lib/actions/state";

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The organization's API keys: only their prefix is kept, so a lost key is revoked and made again, never shown. */
export function ApiKeyList({ keys, revoke }: { keys: ApiKeyView[]; revoke: (keyId: string, state: ActionState, formData: FormData) => Promise<ActionState> }) {
  if (keys.length === 0) return null;
  return (
    <ul aria-label="API keys" className="divide-y divide-slate-100 text-sm">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="min-w-0">
            <span className="font-medium text-slate-900">{key.name}</span> <code className="text-xs text-slate-500">gfk_{key.prefix}_…</code>
            <span className="block text-xs text-slate-500">
              Created {formatDate(key.createdAt)} by {key.createdByName}
              {key.lastUsedAt ? ` · last used ${formatDate(key.lastUsedAt)}` : " · never used"}
              {key.revokedAt ? ` · revoked ${formatDate(key.revokedAt)}` : ""}
            </span>
          </span>
          {key.revokedAt ? null : <ActionButton action={revoke.bind(null, key.id)} label="Revoke" pendingLabel="Revoking…" variant="secondary" ariaLabel={`Revoke the API key ${key.name}`} />}
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { getAccess } from "@/lib/server/auth/access";
import { ROLE_LABELS } from "@/lib/core/roles/names";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { signOut } from "@/lib/actions/account/sign-out";
import { NavLink } from "@/components/shell/nav-link";

/** The header's right side: who is signed in, for which organization and role, and the way out. */
export async function AccountMenu() {
  const result = await getAccess().catch((error: unknown) => {
    // The page itself explains an unreachable database; the header just stays quiet.
    if (isDatabaseUnavailableError(error)) return null;
    throw error;
  });
  if (!result) return null;
  if (result.kind === "signed-out") {
    return (
      <div className="ml-auto text-sm">
        <Link href="/sign-in" className="rounded-md px-3 py-1.5 font-medium text-brand-100 hover:bg-white/10 hover:text-white">
          Sign in
        </Link>
      </div>
    );
  }
  const name = result.kind === "member" ? result.access.userName : result.user.name;
  return (
    <div className="ml-auto flex items-center gap-3 text-sm">
      {result.kind === "member" ? (
        <NavLink href="/organization">
          <span className="hidden sm:inline">{result.access.organizationName}</span>
          <span className="sm:hidden">Team</span>
          <span className="sr-only">, organization settings</span>
        </NavLink>
      ) : null}
      <span className="hidden text-brand-100 md:inline">
        {name}
        {result.kind === "member" ? <span className="text-brand-200"> · {ROLE_LABELS[result.access.role]}</span> : null}
      </span>
      <form action={signOut}>
        <button type="submit" className="rounded-md border border-white/25 px-3 py-1.5 font-medium text-white hover:bg-white/10">
          Sign out
        </button>
      </form>
    </div>
  );
}

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
  // In the header's row from md (pushed to its right end); below md a column in the Menu panel, under the links.
  const layout = "flex flex-col gap-1 border-t border-white/15 pt-2 md:ml-auto md:flex-row md:items-center md:gap-3 md:border-0 md:pt-0";
  if (result.kind === "signed-out") {
    return (
      <div className={layout}>
        <Link href="/sign-in" className="rounded-md px-3 py-2 font-medium text-brand-100 hover:bg-white/10 hover:text-white md:py-1.5">
          Sign in
        </Link>
      </div>
    );
  }
  const name = result.kind === "member" ? result.access.userName : result.user.name;
  return (
    <div className={layout}>
      {result.kind === "member" ? (
        <NavLink href="/organization">
          <span className="md:inline-block md:max-w-56 md:truncate md:align-bottom">{result.access.organizationName}</span>
          <span className="sr-only">, organization settings</span>
        </NavLink>
      ) : null}
      {/* The panel has room for who is signed in; the md row only from lg, where it fits beside the links. */}
      <span className="px-3 py-1 text-brand-100 md:hidden md:px-0 lg:inline">
        {name}
        {result.kind === "member" ? <span className="text-brand-200"> · {ROLE_LABELS[result.access.role]}</span> : null}
      </span>
      <form action={signOut} className="px-3 md:px-0">
        <button type="submit" className="rounded-md border border-white/25 px-3 py-1.5 font-medium text-white hover:bg-white/10">
          Sign out
        </button>
      </form>
    </div>
  );
}

import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AccountMenu } from "./account-menu";
import { CustomerShell } from "./customer-shell";
import { surfaceOf } from "./surface";
import { NavLink } from "@/components/shell/nav-link";
import { SiteMenu } from "@/components/shell/site-menu";

export async function AppShell({ children }: { children: ReactNode }) {
  // A customer's link (proxy.ts marks it) gets no Gridfolio navigation and no sign-in link: the page draws the
  // installer's brand itself, since only it knows whose proposal it is.
  if (surfaceOf(await headers()) === "customer") return <CustomerShell>{children}</CustomerShell>;
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-brand-800 bg-brand-900 text-white">
        {/* Below md the links wrap onto their own row, shown by the Menu button; from md they share one row. */}
        <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-4 px-4 sm:px-6 md:flex-nowrap md:gap-x-8">
          <Link href="/projects" className="flex h-14 items-center gap-2 font-semibold tracking-tight">
            <Logo />
            <span>Gridfolio</span>
          </Link>
          <SiteMenu>
            <nav aria-label="Main" className="flex flex-col gap-1 md:flex-row md:items-center">
              <NavLink href="/projects">Projects</NavLink>
              <NavLink href="/programs">Programs</NavLink>
              <NavLink href="/grid-events">Grid events</NavLink>
            </nav>
            <AccountMenu />
          </SiteMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-7xl px-4 py-4 text-xs text-slate-500 sm:px-6">
          Program rules and payments are set by utilities and program administrators and can change.
        </div>
      </footer>
    </div>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none">
      <rect x="2" y="2" width="20" height="20" rx="5" fill="#17807a" />
      <path d="M7 8h10M7 12h10M7 16h10M10 5v14M14 5v14" stroke="#d5ecea" strokeWidth="1.4" />
      <path d="M13.5 6.5 10 12.5h3.2L11 17.5" stroke="#facc15" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

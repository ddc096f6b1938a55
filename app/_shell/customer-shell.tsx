import type { ReactNode } from "react";

/**
 * The frame of the pages a homeowner opens (a share link): nothing of the app (no navigation, no account menu, no
 * sign-in link), only the landmarks. The page inside draws the installer's header, cover and footer
 * (components/branding), from the organization of the version it shows.
 */
export function CustomerShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}

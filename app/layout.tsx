import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/app/_shell/app-shell";
import { resolveAppUrl } from "@/lib/server/auth/app-url";
import "./globals.css";

// Files in public/ are referenced with ?v=N: next.config.js lets browsers keep such a URL for a year, so bump N
// whenever the file changes (see the comment there).
export const metadata: Metadata = {
  // Social previews need absolute addresses: the one people use (APP_URL), as in emails.
  metadataBase: resolveAppUrl(),
  title: { default: "Gridfolio", template: "%s · Gridfolio" },
  description: "Solar and battery proposals with Grid Services incentives, for residential installers.",
  icons: { icon: [{ url: "/favicon.svg?v=1", type: "image/svg+xml" }] },
  openGraph: {
    siteName: "Gridfolio",
    type: "website",
    // public/og.png is public/og.svg rendered at 1200 × 630: link previews read PNG and JPEG, not SVG.
    images: [{ url: "/og.png?v=1", width: 1200, height: 630, alt: "Gridfolio: solar and battery proposals that count what Grid Services programs pay." }],
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f6b66" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US">
      <body>
        <AppShell>{children}</AppShell>
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/app/_shell/app-shell";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gridfolio", template: "%s · Gridfolio" },
  description: "Solar and battery proposals with Grid Services incentives, for residential installers.",
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

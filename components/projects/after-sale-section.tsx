import Link from "next/link";
import type { ReactNode } from "react";
import { Disclosure } from "@/components/ui/disclosure";
import { formatDate } from "@/lib/core/dates/format";

/** Why the project page shows its after-sale tools: a sale, batteries already registered, or someone asked. */
export type AfterSaleReason =
  | { kind: "accepted"; versionNumber: number; optionName: string; acceptedName: string | null; acceptedAt: Date }
  | { kind: "has-batteries" }
  | { kind: "requested" };

/** The query that opens the after-sale tools before a sale (a demo, a battery installed without a proposal here). */
export const SHOW_AFTER_SALE_PARAM = "afterSale";

function leadOf(reason: AfterSaleReason): string {
  switch (reason.kind) {
    case "accepted":
      return `${reason.acceptedName ?? "The customer"} accepted version ${reason.versionNumber} (${reason.optionName}) on ${formatDate(reason.acceptedAt)}. Once the system is installed, register its battery here to enroll it in programs and follow what it earns.`;
    case "has-batteries":
      return "Batteries are registered on this project, though no proposal has been accepted here yet.";
    case "requested":
      return "Shown on request: no proposal has been accepted yet.";
    default: {
      const unhandled: never = reason;
      return unhandled;
    }
  }
}

/**
 * Batteries, enrollments, grid commands and Storm Guard: work that begins once the customer has said yes. The
 * section comes after the options and starts collapsed, so the page a designer sells from stays about the proposal;
 * it starts open only when someone asked for it.
 */
export function AfterSaleSection({ projectId, reason, summary, children }: { projectId: string; reason: AfterSaleReason; summary: string; children: ReactNode }) {
  return (
    <section id="after-sale" aria-labelledby="after-sale-heading" className="mt-8 scroll-mt-4">
      <h2 id="after-sale-heading" className="text-lg font-semibold text-slate-900">
        After the sale
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-600">
        {leadOf(reason)}{" "}
        {reason.kind === "requested" ? (
          <Link href={`/projects/${projectId}`} className="font-medium text-brand-700 underline underline-offset-2">
            Hide after-sale tools
          </Link>
        ) : null}
      </p>
      <Disclosure summary={summary} defaultOpen={reason.kind === "requested"} className="bg-white">
        <div className="space-y-6">{children}</div>
      </Disclosure>
    </section>
  );
}

/** Before a sale: one line saying what comes later, and the way to it for those who need it now. */
export function AfterSaleTeaser({ projectId }: { projectId: string }) {
  return (
    <section aria-labelledby="after-sale-heading" className="no-print mt-8 rounded-md border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600">
      <h2 id="after-sale-heading" className="font-semibold text-slate-900">
        After the sale
      </h2>
      <p className="mt-1">
        Once the customer accepts a proposal, this page adds what comes next: registering their battery, enrolling it in programs, grid events and what it earns.{" "}
        <Link href={`/projects/${projectId}?${SHOW_AFTER_SALE_PARAM}=1#after-sale`} className="font-medium text-brand-700 underline underline-offset-2">
          Show after-sale tools
        </Link>
      </p>
    </section>
  );
}

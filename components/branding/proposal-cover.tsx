import type { CompanyBrand } from "@/lib/core/brand/brand";
import { CompanyContact } from "./company-contact";
import { CompanyLogo } from "./company-logo";

export interface CoverFacts {
  /** The homeowner the proposal is for. */
  preparedFor: string;
  /** Who finalized the version. */
  preparedBy: string;
  /** The date it was finalized, already formatted. */
  date: string;
  /** "Valid until" date, already formatted; null for versions finalized before validity existed. */
  validUntil: string | null;
}

/**
 * The first block of the customer's proposal (share page and PDF): the installer's logo, name and contact on a band
 * of their brand colour (already checked readable under white text), who prepared it and until when it holds.
 */
export function ProposalCover({ brand, facts }: { brand: CompanyBrand; facts: CoverFacts }) {
  return (
    <section aria-label="Proposal cover" className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm print:break-inside-avoid">
      <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-5 text-white" style={{ backgroundColor: brand.color }}>
        <div className="flex flex-wrap items-center gap-4">
          {brand.logoUrl ? (
            // The logo sits on white: a logo drawn for a light page stays legible on any brand colour.
            <span className="rounded-md bg-white p-2">
              <CompanyLogo brand={brand} size="lg" />
            </span>
          ) : null}
          <p className="text-xl font-semibold tracking-tight">{brand.name}</p>
        </div>
        <CompanyContact brand={brand} inverted />
      </div>
      <div className="grid gap-x-6 gap-y-1 px-5 py-4 text-sm text-slate-700 sm:grid-cols-2">
        <p>
          Prepared for <span className="font-medium text-slate-900">{facts.preparedFor}</span>
        </p>
        <p>
          Prepared by <span className="font-medium text-slate-900">{facts.preparedBy}</span> on {facts.date}
        </p>
        {facts.validUntil ? (
          <p>
            Valid until <span className="font-medium text-slate-900">{facts.validUntil}</span>
          </p>
        ) : null}
        {brand.about ? <p className="whitespace-pre-line text-slate-800 sm:col-span-2">{brand.about}</p> : null}
      </div>
    </section>
  );
}

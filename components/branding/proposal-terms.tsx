import type { CompanyBrand } from "@/lib/core/brand/brand";

/** The installer's terms and warranty, at the end of the customer's proposal; nothing when they wrote neither. */
export function ProposalTerms({ brand }: { brand: CompanyBrand }) {
  if (!brand.terms && !brand.warrantyText) return null;
  return (
    <section aria-labelledby="proposal-terms-heading" className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <h2 id="proposal-terms-heading" className="text-lg font-semibold tracking-tight" style={{ color: brand.color }}>
        Terms and warranty
      </h2>
      {brand.terms ? (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">Terms</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{brand.terms}</p>
        </div>
      ) : null}
      {brand.warrantyText ? (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">Warranty</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{brand.warrantyText}</p>
        </div>
      ) : null}
    </section>
  );
}

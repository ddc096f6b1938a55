import type { CompanyBrand } from "@/lib/core/brand/brand";

/** The bottom of a customer page: the installer's address and licences, and the one caveat every proposal carries. */
export function CompanyFooter({ brand }: { brand: CompanyBrand }) {
  return (
    <footer className="mt-8 border-t border-slate-200 pt-4 text-xs text-slate-600">
      <p className="font-medium text-slate-800">{brand.name}</p>
      {brand.address ? <p className="whitespace-pre-line">{brand.address}</p> : null}
      {brand.licenseNumbers ? <p>Licence: {brand.licenseNumbers}</p> : null}
      <p className="mt-2">Program rules and payments are set by utilities and program administrators and can change.</p>
    </footer>
  );
}

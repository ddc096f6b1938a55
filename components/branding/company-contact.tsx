import type { CompanyBrand } from "@/lib/core/brand/brand";
import { websiteLabel } from "@/lib/core/brand/brand";

/** Phone, email and website, each a link a phone can follow. */
export function CompanyContact({ brand, inverted = false }: { brand: CompanyBrand; inverted?: boolean }) {
  const items = [
    brand.phone ? { key: "phone", label: "Phone", href: `tel:${brand.phone.replace(/[^\d+]/g, "")}`, text: brand.phone } : null,
    brand.email ? { key: "email", label: "Email", href: `mailto:${brand.email}`, text: brand.email } : null,
    brand.website ? { key: "website", label: "Website", href: brand.website, text: websiteLabel(brand.website) } : null,
  ].filter((item) => item !== null);
  if (items.length === 0) return null;
  return (
    <ul aria-label={`How to reach ${brand.name}`} className={`flex flex-wrap gap-x-4 gap-y-1 text-sm ${inverted ? "text-white" : "text-slate-700"}`}>
      {items.map((item) => (
        <li key={item.key}>
          <span className="sr-only">{item.label}: </span>
          <a href={item.href} className="break-all underline underline-offset-2" rel={item.key === "website" ? "noopener noreferrer" : undefined}>
            {item.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

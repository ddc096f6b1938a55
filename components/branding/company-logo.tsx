import type { CompanyBrand } from "@/lib/core/brand/brand";

/** The installer's logo, or their name as a wordmark when they uploaded none. */
export function CompanyLogo({ brand, size = "md", inverted = false }: { brand: CompanyBrand; size?: "md" | "lg"; inverted?: boolean }) {
  if (brand.logoUrl) {
    return (
      // A plain img: the route already serves a small re-encoded PNG, cached for a year; the PDF prints it as is.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={brand.logoUrl} alt={brand.name} className={`${size === "lg" ? "max-h-20" : "max-h-12"} w-auto max-w-[16rem] object-contain`} />
    );
  }
  return (
    <span className={`font-semibold tracking-tight ${size === "lg" ? "text-2xl" : "text-xl"}`} style={inverted ? undefined : { color: brand.color }}>
      {brand.name}
    </span>
  );
}

/**
 * The installer's brand as the customer pages show it: the colour that tints the cover and headings, checked so
 * white text on it (and it as text on white) stays readable, and the plain data the branded header, cover and
 * footer render. Pure: the profile arrives as stored fields.
 */

/** The app's own brand teal (Tailwind's brand-800): the colour of an organization that chose none. */
export const DEFAULT_BRAND_COLOR = "#0f6b66";

/** How a brand colour is written: #rrggbb. */
export const BRAND_COLOR_SHAPE = /^#[0-9a-fA-F]{6}$/;

/** WCAG 2's threshold for normal text (axe's color-contrast rule, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** WCAG 2 relative luminance of an #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    // The sRGB transfer curve, as WCAG defines it.
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two #rrggbb colours, 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The colour the customer pages use: the chosen one when white text on it is readable (the same ratio holds for it
 * as heading text on white), else the default teal. A malformed value (an old row, a hand-made request) is the
 * default too, so nothing unreadable or unescaped ever reaches a style attribute.
 */
export function readableBrandColor(chosen: string | null | undefined): string {
  if (!chosen || !BRAND_COLOR_SHAPE.test(chosen)) return DEFAULT_BRAND_COLOR;
  const color = chosen.toLowerCase();
  return contrastRatio(color, "#ffffff") >= MIN_TEXT_CONTRAST ? color : DEFAULT_BRAND_COLOR;
}

/** The texts a company profile holds and the customer pages show as they are. */
interface CompanyTexts {
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  licenseNumbers: string | null;
  about: string | null;
  terms: string | null;
  warrantyText: string | null;
}

/** The stored profile's fields the customer pages read (every text optional; no profile at all is `null`). */
export interface StoredCompanyProfile extends CompanyTexts {
  displayName: string | null;
  brandColor: string;
  logoVersion: number;
  hasLogo: boolean;
}

/** What the branded header, cover and footer render: plain text, a readable colour and the logo's address. */
export interface CompanyBrand extends CompanyTexts {
  name: string;
  color: string;
  /** The public logo route with its version (cached for a year), or null: the name is then the wordmark. */
  logoUrl: string | null;
}

export function companyBrandOf(organization: { id: string; name: string }, profile: StoredCompanyProfile | null): CompanyBrand {
  return {
    name: profile?.displayName || organization.name || "Your installer",
    address: profile?.address ?? null,
    phone: profile?.phone ?? null,
    email: profile?.email ?? null,
    website: profile?.website ?? null,
    licenseNumbers: profile?.licenseNumbers ?? null,
    about: profile?.about ?? null,
    terms: profile?.terms ?? null,
    warrantyText: profile?.warrantyText ?? null,
    color: readableBrandColor(profile?.brandColor),
    logoUrl: profile?.hasLogo ? logoPathOf(organization.id, profile.logoVersion) : null,
  };
}

/** The public route of an organization's logo, versioned so a new logo is a new address. */
export function logoPathOf(organizationId: string, logoVersion: number): string {
  return `/brand/${encodeURIComponent(organizationId)}/logo?v=${logoVersion}`;
}

/** A website as a link's target and as text: "https://sunrise.example/" → "sunrise.example". */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

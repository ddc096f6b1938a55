import { describe, expect, test } from "vitest";
import { companyBrandOf, contrastRatio, DEFAULT_BRAND_COLOR, readableBrandColor, relativeLuminance, websiteLabel } from "./brand";

describe("contrastRatio", () => {
  test.each([
    { label: "black on white is the maximum, 21:1", a: "#000000", b: "#ffffff", ratio: 21 },
    { label: "a colour against itself has none, 1:1", a: "#0f6b66", b: "#0f6b66", ratio: 1 },
    { label: "the order of the two colours does not matter", a: "#ffffff", b: "#000000", ratio: 21 },
    // WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes AA.
    { label: "#767676 on white is 4.54:1", a: "#767676", b: "#ffffff", ratio: 4.54 },
  ])("$label", ({ a, b, ratio }) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  test("luminance runs from 0 (black) to 1 (white)", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#FFFFFF")).toBe(1);
  });
});

describe("readableBrandColor", () => {
  test.each([
    { label: "the default teal is readable under white text", chosen: "#0f6b66", expected: "#0f6b66" },
    { label: "a dark navy is kept", chosen: "#1e3a8a", expected: "#1e3a8a" },
    { label: "upper case is kept, written in lower case", chosen: "#1E3A8A", expected: "#1e3a8a" },
    // #767676 passes at 4.54:1; #777777 is 4.48:1, just under.
    { label: "the boundary: 4.54:1 passes", chosen: "#767676", expected: "#767676" },
    { label: "the boundary: 4.48:1 falls back", chosen: "#777777", expected: DEFAULT_BRAND_COLOR },
    { label: "a light yellow falls back to the teal", chosen: "#facc15", expected: DEFAULT_BRAND_COLOR },
    { label: "white falls back", chosen: "#ffffff", expected: DEFAULT_BRAND_COLOR },
    { label: "a malformed value falls back (never reaches a style)", chosen: "red;background:url(x)", expected: DEFAULT_BRAND_COLOR },
    { label: "three digits are not the stored shape", chosen: "#000", expected: DEFAULT_BRAND_COLOR },
    { label: "no colour at all is the default", chosen: null, expected: DEFAULT_BRAND_COLOR },
  ])("$label", ({ chosen, expected }) => {
    expect(readableBrandColor(chosen)).toBe(expected);
  });

  test("whatever it returns is readable under white text", () => {
    for (const chosen of ["#00ff00", "#ff0000", "#123456", "#abcdef", "#808080"]) expect(contrastRatio(readableBrandColor(chosen), "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("companyBrandOf", () => {
  const organization = { id: "org-1", name: "Sunrise Solar" };
  const profile = {
    displayName: null,
    address: "1 Main St",
    phone: "(555) 010-0199",
    email: null,
    website: "https://sunrise.example",
    licenseNumbers: "CT HIC.0123456",
    about: null,
    terms: null,
    warrantyText: null,
    brandColor: "#1e3a8a",
    logoVersion: 3,
    hasLogo: true,
  };

  test("without a display name the organization's name is the company's", () => {
    expect(companyBrandOf(organization, profile).name).toBe("Sunrise Solar");
    expect(companyBrandOf(organization, { ...profile, displayName: "Sunrise Solar & Storage" }).name).toBe("Sunrise Solar & Storage");
  });

  test("the logo is addressed with its version, and absent without one", () => {
    expect(companyBrandOf(organization, profile).logoUrl).toBe("/brand/org-1/logo?v=3");
    expect(companyBrandOf(organization, { ...profile, hasLogo: false }).logoUrl).toBeNull();
  });

  test("no profile at all: the name, the teal, no contact", () => {
    expect(companyBrandOf(organization, null)).toMatchObject({ name: "Sunrise Solar", color: DEFAULT_BRAND_COLOR, phone: null, logoUrl: null });
  });

  test("a website reads without its scheme", () => {
    expect(websiteLabel("https://sunrise.example/")).toBe("sunrise.example");
  });
});

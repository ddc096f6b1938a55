import { z } from "zod";
import { BRAND_COLOR_SHAPE, DEFAULT_BRAND_COLOR } from "../core/brand/brand";
import { numberInput, optionalText } from "./fields";

/**
 * The company profile form (organization settings): what the customer sees on the share page and the PDF. The
 * logo is a file beside these fields, checked on the server (lib/server/branding/logo-image.ts); these are its
 * limits, shown beside the field and checked in the browser before anything is sent.
 */
export const MAX_LOGO_BYTES = 1_000_000;
export const MAX_LOGO_PIXELS_PER_SIDE = 2000;
export const LOGO_LIMITS_TEXT = "PNG or JPEG, at most 1 MB and 2000 × 2000 pixels";

const PHONE = /^[0-9+().\-\s/]*(?:(?:x|ext\.?)\s*\d{1,6})?$/i;

/** An http(s) address; "sunrise.example" is read as https://sunrise.example. Anything else (javascript:, mailto:) is refused. */
function websiteInput() {
  return optionalText("website", 200).transform((value, ctx) => {
    if (value === null) return null;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a website address like https://sunrise-solar.com." });
      return z.NEVER;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".") || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Enter a website address like https://sunrise-solar.com." });
      return z.NEVER;
    }
    return url.toString();
  });
}

export const ZCompanyProfileForm = z.object({
  displayName: optionalText("company name", 120),
  address: optionalText("address", 300),
  phone: optionalText("phone", 40).refine((value) => value === null || (PHONE.test(value) && /\d{3}/.test(value.replace(/\D/g, ""))), "Enter a phone number like (555) 010-0199."),
  email: optionalText("email", 200).pipe(z.email("Enter an email address like sales@sunrise-solar.com.").nullable()),
  website: websiteInput(),
  licenseNumbers: optionalText("licence numbers", 300),
  about: optionalText("about us", 600),
  terms: optionalText("terms", 5000),
  warrantyText: optionalText("warranty text", 3000),
  brandColor: z
    .string({ error: "Choose a brand colour." })
    .trim()
    .optional()
    .transform((value) => (value ? value : DEFAULT_BRAND_COLOR))
    .pipe(z.string().regex(BRAND_COLOR_SHAPE, "Enter the brand colour as #rrggbb, e.g. #0f6b66."))
    .transform((value) => value.toLowerCase()),
  validityDays: numberInput("validity", { min: 1, max: 365, integer: true, unit: "days" }),
  /** "on" when the owner ticks "Remove the logo" (an upload in the same save wins). */
  removeLogo: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

export type TCompanyProfileForm = z.infer<typeof ZCompanyProfileForm>;

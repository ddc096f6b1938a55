import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "./fields";
import { ZCompanyProfileForm } from "./company-profile";

const valid = { displayName: "", phone: "(555) 010-0199", email: "sales@sunrise.example", website: "sunrise.example", brandColor: "#1E3A8A", validityDays: "30" };

function errorsOf(values: Record<string, string>) {
  const parsed = ZCompanyProfileForm.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("ZCompanyProfileForm", () => {
  test("a filled form reads as the stored values: blanks are null, the site has its scheme, the colour is lower case", () => {
    const parsed = ZCompanyProfileForm.parse({ ...valid, terms: "  Net 30.  " });
    expect(parsed).toMatchObject({ displayName: null, address: null, phone: "(555) 010-0199", website: "https://sunrise.example/", brandColor: "#1e3a8a", validityDays: 30, terms: "Net 30.", removeLogo: false });
  });

  test("a blank colour is the default teal", () => {
    expect(ZCompanyProfileForm.parse({ ...valid, brandColor: "" }).brandColor).toBe("#0f6b66");
  });

  test.each([
    { label: "validity 0 days is below the range", field: "validityDays", value: "0" },
    { label: "validity 366 days is above the range", field: "validityDays", value: "366" },
    { label: "validity must be whole days", field: "validityDays", value: "7.5" },
    { label: "a colour name is not #rrggbb", field: "brandColor", value: "teal" },
    { label: "three-digit colours are refused (one stored shape)", field: "brandColor", value: "#fff" },
    { label: "an address without @ is not an email", field: "email", value: "sales.sunrise" },
    { label: "a javascript: website is refused", field: "website", value: "javascript:alert(1)" },
    { label: "a mailto: website is refused", field: "website", value: "mailto:a@b.example" },
    { label: "a host without a dot is refused", field: "website", value: "localhost" },
    { label: "letters are not a phone number", field: "phone", value: "call us" },
    { label: "a company name over 120 characters is refused", field: "displayName", value: "x".repeat(121) },
    { label: "a NUL character cannot be stored", field: "terms", value: "Net\u000030" },
  ])("$label", ({ field, value }) => {
    expect(errorsOf({ ...valid, [field]: value })[field]).toBeTruthy();
  });

  test.each([
    { label: "1 day is the shortest validity", value: "1" },
    { label: "365 days is the longest", value: "365" },
  ])("$label", ({ value }) => {
    expect(errorsOf({ ...valid, validityDays: value })).toEqual({});
  });

  test("phone extensions and international numbers are phone numbers", () => {
    expect(errorsOf({ ...valid, phone: "+1 860-555-0199 ext. 12" })).toEqual({});
  });

  test("the remove-logo box reads as a boolean", () => {
    expect(ZCompanyProfileForm.parse({ ...valid, removeLogo: "on" }).removeLogo).toBe(true);
  });
});

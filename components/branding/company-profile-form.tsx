"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { InputField, TextAreaField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { LOGO_LIMITS_TEXT, MAX_LOGO_BYTES, ZCompanyProfileForm } from "@/lib/validation/company-profile";

/** The stored profile as the form's starting values (blank where nothing was saved). */
export interface CompanyProfileValues {
  displayName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  licenseNumbers: string;
  about: string;
  terms: string;
  warrantyText: string;
  brandColor: string;
  validityDays: string;
  /** The current logo's address, or null. */
  logoUrl: string | null;
  logoVersion: number;
}

const ACCEPTED_TYPES = ["image/png", "image/jpeg"];

/** What the browser can tell about a chosen logo before sending it; the server decodes it and decides for good. */
function logoProblem(file: File | undefined): string | null {
  if (!file || (file.size === 0 && file.name === "")) return null;
  if (file.size > MAX_LOGO_BYTES) return `That file is larger than 1 MB: the logo must be ${LOGO_LIMITS_TEXT}.`;
  if (!ACCEPTED_TYPES.includes(file.type)) return `That file is not a PNG or JPEG image: the logo must be ${LOGO_LIMITS_TEXT}.`;
  return null;
}

/**
 * The company profile: what the customer link and the PDF show. Fields are checked as you go with the action's
 * own schema; after a refusal everything typed stays (the form is submitted in a transition, not reset).
 */
export function CompanyProfileForm({ action, values, organizationName }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; values: CompanyProfileValues; organizationName: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZCompanyProfileForm, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  const [logoError, setLogoError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("logo") as HTMLInputElement | null;
    const problem = logoProblem(input?.files?.[0]);
    setLogoError(problem);
    if (problem) {
      // Nothing is sent: a file over the limit would be refused by the server's body limit without a word.
      event.preventDefault();
      input?.focus();
      return;
    }
    onSubmit(event);
  };

  return (
    <div className="space-y-4">
      {/* A new logo remounts the form, emptying the file input; other values stay as saved. */}
      <form
        key={values.logoVersion}
        action={formAction}
        onSubmit={submit}
        onBlur={onBlur}
        onChange={(event) => {
          if ((event.target as unknown as { name?: string }).name === "logo") setLogoError(null);
          onChange(event);
        }} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField name="displayName" label="Company name" defaultValue={values.displayName} placeholder={organizationName} hint={`Blank: ${organizationName}.`} error={errors.displayName} autoComplete="organization" />
          <InputField name="phone" label="Phone" type="tel" defaultValue={values.phone} error={errors.phone} autoComplete="tel" />
          <InputField name="email" label="Email" type="email" defaultValue={values.email} error={errors.email} autoComplete="email" />
          <InputField name="website" label="Website" type="url" inputMode="url" defaultValue={values.website} placeholder="https://sunrise-solar.com" error={errors.website} autoComplete="url" />
          <InputField name="licenseNumbers" label="Licence numbers" defaultValue={values.licenseNumbers} hint="e.g. CT HIC.0654321, ELC.0212345-E1" error={errors.licenseNumbers} autoComplete="off" />
          <InputField name="validityDays" label="Proposals are valid for" unit="days" inputMode="numeric" defaultValue={values.validityDays} hint="From finalizing: 1 to 365." error={errors.validityDays} autoComplete="off" />
          <InputField
            name="brandColor"
            label="Brand colour"
            type="color"
            defaultValue={values.brandColor}
            hint="Tints the proposal's cover and headings; a colour too light for white text is shown as the default teal."
            error={errors.brandColor}
            className="[&_input]:h-10 [&_input]:p-1"
          />
          <TextAreaField name="address" label="Address" rows={3} defaultValue={values.address} error={errors.address} autoComplete="street-address" />
        </div>
        <TextAreaField name="about" label="About us (short)" rows={2} defaultValue={values.about} error={errors.about} hint="One or two sentences on the proposal's cover." />
        <TextAreaField name="terms" label="Terms" rows={5} defaultValue={values.terms} error={errors.terms} hint="At the end of the customer's proposal, before acceptance." />
        <TextAreaField name="warrantyText" label="Warranty" rows={4} defaultValue={values.warrantyText} error={errors.warrantyText} />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            name="logo"
            label="Logo"
            type="file"
            accept="image/png,image/jpeg"
            hint={`${LOGO_LIMITS_TEXT}. Stored as a PNG Gridfolio re-encodes, without the file's metadata.`}
            error={logoError ?? errors.logo}
          />
          {values.logoUrl ? (
            <div className="space-y-2">
              <p className="text-sm font-medium text-slate-800">Current logo</p>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={values.logoUrl} alt={`The current logo of ${values.displayName || organizationName}`} className="max-h-16 w-auto rounded border border-slate-200 bg-white p-1" />
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="removeLogo" className="h-4 w-4 rounded border-slate-300" />
                Remove the logo (the company name is shown instead)
              </label>
            </div>
          ) : null}
        </div>
        <SubmitButton pendingLabel="Saving…">Save company profile</SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}

"use client";

import { startTransition, useActionState, type ReactNode } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { ZForgotPasswordForm, ZInviteForm, ZOrganizationForm, ZResetPasswordForm, ZSignInForm, ZSignUpForm } from "@/lib/validation/account";

// Schemas cannot cross from a server component as props; the form names its schema instead.
const schemas = {
  signIn: ZSignInForm,
  signUp: ZSignUpForm,
  forgotPassword: ZForgotPasswordForm,
  resetPassword: ZResetPasswordForm,
  organization: ZOrganizationForm,
  invite: ZInviteForm,
} as const;

export type AccountFormField =
  | { kind?: "input"; name: string; label: string; type?: "text" | "email" | "password"; autoComplete?: string; hint?: string; defaultValue?: string }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; hint?: string; defaultValue?: string };

/** The small forms of accounts and organizations: fields checked as you go, the server's answer below. */
export function AccountForm({
  action,
  schema,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  resetOnSuccess = false,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  schema: keyof typeof schemas;
  fields: AccountFormField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  resetOnSuccess?: boolean;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(schemas[schema], state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  return (
    <form
      key={resetOnSuccess && state.ok ? state.message ?? "" : "form"}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      className="space-y-4"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.kind === "select" ? (
          <SelectField key={field.name} name={field.name} label={field.label} options={field.options} defaultValue={field.defaultValue} hint={field.hint} error={errors[field.name]} />
        ) : (
          <InputField
            key={field.name}
            name={field.name}
            label={field.label}
            type={field.type ?? "text"}
            autoComplete={field.autoComplete}
            defaultValue={field.defaultValue}
            hint={field.hint}
            error={errors[field.name]}
          />
        ),
      )}
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        {children}
      </div>
      <FormStatus ok={state.ok} message={state.message} />
    </form>
  );
}

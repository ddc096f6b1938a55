import type { ComponentProps, ReactNode } from "react";

const controlClass =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

type FieldShellProps = { name: string; id?: string; label: string; error?: string; hint?: ReactNode; unit?: string; className?: string; children: (ids: ControlIds) => ReactNode };
type ControlIds = { id: string; describedBy: string | undefined; invalid: boolean; className: string };

/** Label, control, hint and error wired together so a screen reader announces all of them. */
function FieldShell({ name, id: idOverride, label, error, hint, unit, className = "", children }: FieldShellProps) {
  const id = idOverride ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const border = error ? "border-red-600" : "border-slate-300";
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
        {unit ? <span className="font-normal text-slate-500"> ({unit})</span> : null}
      </label>
      {children({ id, describedBy, invalid: Boolean(error), className: `${controlClass} ${border}` })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 flex items-start gap-1 text-sm text-red-700">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputFieldProps = { name: string; label: string; error?: string; hint?: ReactNode; unit?: string; className?: string } & Omit<ComponentProps<"input">, "name" | "className">;

export function InputField({ name, id, label, error, hint, unit, className, ...input }: InputFieldProps) {
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint} unit={unit} className={className}>
      {(ids) => <input id={ids.id} name={name} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} className={ids.className} {...input} />}
    </FieldShell>
  );
}

type SelectFieldProps = { name: string; label: string; error?: string; hint?: ReactNode; className?: string; options: readonly { value: string; label: string }[] } & Omit<ComponentProps<"select">, "name" | "className">;

export function SelectField({ name, id, label, error, hint, className, options, ...select }: SelectFieldProps) {
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint} className={className}>
      {(ids) => (
        <select id={ids.id} name={name} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} className={ids.className} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = { name: string; label: string; error?: string; hint?: ReactNode; className?: string } & Omit<ComponentProps<"textarea">, "name" | "className">;

export function TextAreaField({ name, id, label, error, hint, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint} className={className}>
      {(ids) => <textarea id={ids.id} name={name} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} className={ids.className} {...textarea} />}
    </FieldShell>
  );
}

export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-x-6 gap-y-5 border-t border-slate-100 px-5 py-6 first:border-t-0 md:grid-cols-3">
      <legend className="sr-only">{title}</legend>
      <div aria-hidden="true">
        <p className="text-sm font-semibold text-slate-900">{title}</p>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 md:col-span-2">{children}</div>
    </fieldset>
  );
}

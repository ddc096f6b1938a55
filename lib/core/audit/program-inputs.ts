import { formatNumber } from "../money/format";
import type { InputField } from "../programs/types";

function show(field: InputField, value: unknown): string {
  if (value === undefined || value === null || value === "") return "default";
  if (field.kind === "boolean") return value === true ? "yes" : value === false ? "no" : String(value);
  if (field.kind === "select") return field.options?.find((option) => option.value === value)?.label ?? String(value);
  if (typeof value === "number") return `${formatNumber(value, 3)}${field.unit ? ` ${field.unit}` : ""}`;
  return String(value);
}

/** "Customer tier default → Low income; Grid Edge customer default → yes" for a program's input form. */
export function describeInputChanges(fields: readonly InputField[], before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return fields
    .filter((field) => (before[field.name] ?? null) !== (after[field.name] ?? null))
    .map((field) => `${field.label} ${show(field, before[field.name])} → ${show(field, after[field.name])}`);
}

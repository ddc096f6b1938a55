import type { z } from "zod";
import type { InputField } from "../programs";

/**
 * A program's inputs as a form posts them (strings), turned into the values its zod schema reads,
 * guided by the program's declarative fields. Blank optional numbers are left out so the program's
 * defaults (or the option's values) apply.
 */
export function programInputsFromForm(fields: readonly InputField[], values: Record<string, string | undefined>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of fields) {
    const text = values[field.name]?.trim();
    if (text === undefined || text === "") continue;
    switch (field.kind) {
      case "number": {
        const number = Number(text.replace(/,/g, ""));
        raw[field.name] = Number.isFinite(number) ? number : text;
        break;
      }
      case "boolean":
        raw[field.name] = text === "true" || text === "on";
        break;
      case "select":
        raw[field.name] = text;
        break;
      default: {
        const unhandled: never = field.kind;
        throw new Error(`Unhandled input kind ${String(unhandled)}`);
      }
    }
  }
  return raw;
}

function withUnit(value: number, field: InputField | undefined) {
  return field?.unit ? `${value} ${field.unit}` : String(value);
}

/** Program-schema issues in the installer's words, keyed by input name, using each field's label and unit. */
export function describeInputIssues(fields: readonly InputField[], issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? "_form");
    if (name in messages) continue;
    const field = fields.find((candidate) => candidate.name === name);
    const label = field?.label ?? name;
    switch (issue.code) {
      case "too_small":
        messages[name] = issue.minimum === 0 && issue.inclusive === false ? `${label} must be more than 0.` : `${label} cannot be less than ${withUnit(Number(issue.minimum), field)}.`;
        break;
      case "too_big":
        messages[name] = `${label} cannot be more than ${withUnit(Number(issue.maximum), field)}.`;
        break;
      case "invalid_type":
        // zod 4 reports a failed .int() as invalid_type with expected "int".
        messages[name] = issue.expected === "int" ? `${label} must be a whole number.` : field?.kind === "number" ? `${label} must be a number.` : `${label} has an invalid value.`;
        break;
      case "invalid_value":
        messages[name] = `Choose one of the listed values for ${label.toLowerCase()}.`;
        break;
      case "not_multiple_of":
        messages[name] = `${label} must be a whole number.`;
        break;
      default:
        messages[name] = issue.message;
    }
  }
  return messages;
}

import type { z } from "zod";
import type { InputField } from "../core/programs";
import { decimalsOf, PROGRAM_INPUT_DECIMALS, readTypedNumber, typedNumberMessage } from "../core/numbers/rules";

export { PROGRAM_INPUT_DECIMALS };

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
        // Only a plain decimal with at most PROGRAM_INPUT_DECIMALS decimals becomes a number; anything else ("0x10",
        // "1e-320", "1 000") stays text, which the program's schema refuses (describeInputIssues says what is allowed).
        const typed = readTypedNumber(text);
        raw[field.name] = typed.ok && decimalsOf(typed.value) <= PROGRAM_INPUT_DECIMALS ? typed.value : text;
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

/** Why a number field's text did not become a number: another spelling, too many decimals, or no number at all. */
function numberTextMessage(label: string, text: string | undefined): string {
  const typed = readTypedNumber(text ?? "");
  if (typed.ok) return `${label} can have at most ${PROGRAM_INPUT_DECIMALS} decimals.`;
  // Without the posted text (or with none) all that is known is that the value was not a number.
  return typed.problem === "spelling" ? typedNumberMessage(label, typed.problem) : `${label} must be a number.`;
}

/**
 * Program-schema issues in the installer's words, keyed by input name, using each field's label and unit. With the
 * posted `values`, a number field's text that was not read as a number is told what a number looks like.
 */
export function describeInputIssues(fields: readonly InputField[], issues: readonly z.core.$ZodIssue[], values: Record<string, string | undefined> = {}): Record<string, string> {
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
        messages[name] = issue.expected === "int" ? `${label} must be a whole number.` : field?.kind === "number" ? numberTextMessage(label, values[name]) : `${label} has an invalid value.`;
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

/**
 * Bad bill-model input, in the installer's words: what is wrong, where, and what to do. Every refusal of the bill
 * model (a usage file, a production file, a pasted URDB rate, a monthly usage figure) is a DomainError of code
 * "invalid", so the action and the command line turn it into a form message or exit code 2 in their one place, and
 * nothing is saved. `field` names the input (a form field or a URDB path such as `energyweekdayschedule[6][17]`).
 */
import { DomainError } from "../errors/domain-error";

export function billInputError(field: string, message: string): DomainError {
  return new DomainError("invalid", message, { [field]: message });
}

/** "1234567" → "1,234,567": counts in messages, without pulling in the formatter's options. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

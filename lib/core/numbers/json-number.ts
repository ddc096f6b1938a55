import { z } from "zod";
import { boundMessages, capitalize, numberProblem, type NumberBounds } from "./rules";

/**
 * A number sent as JSON (the REST API, the command line): finite (zod refuses NaN and Infinity), within the field's
 * bounds, smallest non-zero value and decimals, so 5e-324 or 0.1 + 0.2 is refused instead of stored. The bounds are
 * zod's own checks, so a JSON Schema generated from it (the API's OpenAPI document) states them too.
 */
export function jsonNumber(label: string, bounds: NumberBounds, typeMessage = `${capitalize(label)} must be a number.`) {
  const messages = boundMessages(label, bounds);
  let schema = z.number({ error: typeMessage }).min(bounds.min, messages.min).max(bounds.max, messages.max);
  if (bounds.integer) schema = schema.int(messages.integer);
  return schema.superRefine((value, ctx) => {
    // zod runs this even after a failed check above: that one has said what is wrong already.
    if (value < bounds.min || value > bounds.max || (bounds.integer && !Number.isInteger(value))) return;
    const problem = numberProblem(label, value, bounds);
    if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
  });
}

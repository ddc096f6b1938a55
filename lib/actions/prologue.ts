/**
 * The steps that read what an action was called with. Anything can arrive: a browser posts a FormData and ids from
 * the URL, a hand-made request posts whatever it likes. Each step refuses (a DomainError, answered by
 * run-action.ts) before anything is read from or written to the database.
 */
import type { z } from "zod";
import { DomainError } from "../core/errors/domain-error";
import { fieldErrorsOf, readForm } from "../validation/fields";
import { parseId } from "../validation/ids";
import { unreadableFormMessage } from "./messages";
import { fieldsNeedAttention } from "./state";

/** The ids an action was bound to, each the shape of an id; else `missing` ("This project does not exist."). */
export function requireIds<K extends string>(values: Record<K, unknown>, missing: string): Record<K, string> {
  const ids = {} as Record<K, string>;
  for (const key of Object.keys(values) as K[]) {
    const id = parseId(values[key]);
    if (!id) throw new DomainError("not-found", missing);
    ids[key] = id;
  }
  return ids;
}

/**
 * The posted form as plain strings. Only a FormData is a form: an action whose form carries nothing (a delete
 * button) still refuses anything else, since only a form is a click on its button.
 */
export function requireForm(formData: unknown): Record<string, string> {
  const values = readForm(formData);
  if (!values) throw new DomainError("invalid", unreadableFormMessage);
  return values;
}

/** The form's values as the schema reads them; its field errors, under `message`, refuse them. */
export function parseForm<T>(schema: z.ZodType<T>, values: unknown, message = fieldsNeedAttention): T {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new DomainError("invalid", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}

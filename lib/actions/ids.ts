import { z } from "zod";
import { ID_SHAPE } from "../validation/ids";

/** Ids arrive from the browser (bound arguments, hidden fields): never trust their shape. */
export const ZId = z.string().trim().regex(ID_SHAPE);

export function parseId(value: unknown): string | null {
  const parsed = ZId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

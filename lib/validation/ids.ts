import { z } from "zod";

/** What every id in Gridfolio looks like (cuid, better-auth's ids, the seed's): 1 to 64 letters, digits, _ or -. */
export const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids arrive from the browser (bound arguments, hidden fields): never trust their shape. */
export const ZId = z.string().trim().regex(ID_SHAPE);

export function parseId(value: unknown): string | null {
  const parsed = ZId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

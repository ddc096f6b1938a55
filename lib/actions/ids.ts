import { z } from "zod";

/** Ids arrive from the browser (bound arguments, hidden fields): never trust their shape. */
export const ZId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export function parseId(value: unknown): string | null {
  const parsed = ZId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

"use server";

/**
 * A server action that does nothing: the floor against which `npm run bench:ui` measures a program
 * switch's round trip (the same page, the same transport, no database and no re-render).
 */
export async function ping(): Promise<number> {
  return Date.now();
}

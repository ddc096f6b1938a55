/**
 * A drawn signature as data. The browser's pad (signature_pad) reports strokes of points; only those numbers are
 * accepted and stored, and Gridfolio draws them again as its own SVG path. No markup or image from the browser is
 * ever stored or shown, so a signature cannot carry a script or a remote image.
 */
import { z } from "zod";

/** The pad's drawing area, in CSS pixels: points are checked against it (with a margin for strokes at the edge). */
export const SIGNATURE_BOX = { width: 600, height: 200 } as const;
const MARGIN = 20;
const MAX_STROKES = 60;
const MAX_POINTS = 4_000;

const coordinate = (max: number) => z.number().finite().min(-MARGIN).max(max + MARGIN);
const point = z.tuple([coordinate(SIGNATURE_BOX.width), coordinate(SIGNATURE_BOX.height)]);

export const ZSignature = z
  .array(z.array(point).min(1).max(MAX_POINTS), { error: "The signature could not be read: draw it again." })
  .min(1, "Draw your signature in the box.")
  .max(MAX_STROKES, "The signature has too many strokes: clear it and draw it again.")
  .refine((strokes) => strokes.reduce((total, stroke) => total + stroke.length, 0) <= MAX_POINTS, "The signature is too detailed: clear it and draw it again.")
  .refine((strokes) => strokes.reduce((total, stroke) => total + stroke.length, 0) >= 5, "Draw your signature in the box.");

export type Signature = z.infer<typeof ZSignature>;

const rounded = (value: number) => Math.round(value * 10) / 10;

/** The strokes as one SVG path: a move to each stroke's first point, lines through the rest (a dot for one point). */
export function signaturePath(signature: Signature): string {
  return signature
    .map((stroke) => {
      const [first, ...rest] = stroke;
      if (first === undefined) return "";
      const start = `M${rounded(first[0])} ${rounded(first[1])}`;
      if (rest.length === 0) return `${start}l0.1 0`;
      return `${start}${rest.map(([x, y]) => `L${rounded(x)} ${rounded(y)}`).join("")}`;
    })
    .join("");
}

/** Reads a signature posted as JSON text; null when absent or empty. */
export function parseSignatureField(text: string | undefined): { ok: true; signature: Signature | null } | { ok: false; message: string } {
  if (text === undefined || text.trim() === "" || text.trim() === "[]") return { ok: true, signature: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: "The signature could not be read: draw it again." };
  }
  const parsed = ZSignature.safeParse(raw);
  return parsed.success ? { ok: true, signature: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? "Draw your signature in the box." };
}

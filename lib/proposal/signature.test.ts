import { describe, expect, test } from "vitest";
import { parseSignatureField, signaturePath } from "./signature";

describe("a drawn signature is numbers, re-drawn by Gridfolio", () => {
  const stroke = [
    [10, 20],
    [30, 40.04],
    [50, 20],
  ];

  test("strokes become one SVG path", () => {
    const parsed = parseSignatureField(JSON.stringify([stroke, [[100, 100], [101, 101], [102, 102]]]));
    expect(parsed).toEqual({ ok: true, signature: [stroke, [[100, 100], [101, 101], [102, 102]]] });
    if (parsed.ok && parsed.signature) expect(signaturePath(parsed.signature)).toBe("M10 20L30 40L50 20M100 100L101 101L102 102");
  });

  test.each([
    { label: "nothing drawn", text: "", result: { ok: true, signature: null } },
    { label: "an empty pad", text: "[]", result: { ok: true, signature: null } },
    { label: "not JSON", text: "<svg onload=alert(1)>", result: { ok: false, message: "The signature could not be read: draw it again." } },
    { label: "markup inside", text: JSON.stringify([[["<script>", 1]]]), result: { ok: false } },
    { label: "a point far outside the box", text: JSON.stringify([[[10, 20], [5000, 20], [1, 1], [2, 2], [3, 3]]]), result: { ok: false } },
    { label: "a dot is not a signature", text: JSON.stringify([[[10, 20]]]), result: { ok: false, message: "Draw your signature in the box." } },
    { label: "too many strokes", text: JSON.stringify(new Array(61).fill([[1, 1], [2, 2]])), result: { ok: false } },
  ])("$label", ({ text, result }) => {
    expect(parseSignatureField(text)).toMatchObject(result);
  });
});

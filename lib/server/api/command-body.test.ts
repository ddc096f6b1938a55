import { describe, expect, it } from "vitest";
import { parseCommandBody } from "./command-body";

describe("parseCommandBody", () => {
  const valid = { deviceId: "cm0device000000000000000", action: "idle", startAt: "2026-07-01T17:00:00Z", endAt: "2026-07-01T18:00:00Z" };

  it("accepts a well-formed command", () => {
    expect(parseCommandBody(valid)).toMatchObject({ ok: true, command: { deviceId: valid.deviceId, action: "idle" } });
  });

  it("refuses a device id no Gridfolio id can look like (U+0000, spaces, slashes, 65 characters)", () => {
    for (const deviceId of ["dev\u0000ice", "\u0000", "dev ice", "../x", "x".repeat(65), "dévice"]) {
      expect(parseCommandBody({ ...valid, deviceId }), JSON.stringify(deviceId)).toEqual({ ok: false, fields: { deviceId: "The device id can only contain letters, digits, _ and -, at most 64 of them." } });
    }
  });

  it("keeps the schema's own messages, and names unknown fields", () => {
    expect(parseCommandBody({ ...valid, deviceId: "" })).toEqual({ ok: false, fields: { deviceId: "Give the battery's device id." } });
    expect(parseCommandBody({ ...valid, deviceId: "a\u0000b", colour: "red" })).toEqual({ ok: false, fields: { _form: "Unknown field: colour.", deviceId: "The device id can only contain letters, digits, _ and -, at most 64 of them." } });
    expect(parseCommandBody(JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}`))).toEqual({ ok: false, fields: { _form: "Unknown field: __proto__." } });
  });
});

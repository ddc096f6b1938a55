import { describe, expect, it } from "vitest";
import { isJsonContentType, MAX_BODY_BYTES, readJsonObject } from "./json-body";

const request = (body: BodyInit | null, contentType: string | null = "application/json", extra: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/commands", { method: "POST", body, headers: { ...(contentType ? { "content-type": contentType } : {}), ...extra } });

async function refusal(read: Promise<Awaited<ReturnType<typeof readJsonObject>>>) {
  const answer = await read;
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer.body)}`);
  return { status: answer.response.status, ...(await answer.response.json()).error };
}

describe("isJsonContentType", () => {
  it("takes application/json with an optional utf-8 charset, in any case, and nothing else", () => {
    for (const value of ["application/json", "Application/JSON", "application/json; charset=utf-8", "application/json;charset=UTF-8", 'application/json; charset="utf-8"', " application/json "]) {
      expect(isJsonContentType(value), value).toBe(true);
    }
    for (const value of [null, "", "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonp", "application/vnd.api+json", "application/json, text/plain", "application/json; boundary=x"]) {
      expect(isJsonContentType(value), String(value)).toBe(false);
    }
  });
});

describe("readJsonObject", () => {
  it("returns a JSON object as sent", async () => {
    expect(await readJsonObject(request('{"deviceId":"d1","action":"idle"}'))).toEqual({ ok: true, body: { deviceId: "d1", action: "idle" } });
  });

  it("refuses a text or form body with 415, even when it holds valid JSON", async () => {
    for (const [contentType, body] of [["text/plain", '{"deviceId":"d1"}'], ["application/x-www-form-urlencoded", "deviceId=d1"], [null, '{"deviceId":"d1"}']] as const) {
      expect(await refusal(readJsonObject(request(body, contentType)))).toEqual({ status: 415, code: "unsupported_media_type", message: "Send the body as JSON, with the header 'Content-Type: application/json'." });
    }
  });

  it.each([
    ["malformed JSON", "{not json", "The body is not valid JSON."],
    ["an empty body", "", "The body is empty: send the command as a JSON object."],
    ["an array", "[1,2]", "The body must be a JSON object ({…}), not an array, a string, a number or null."],
    ["a string", '"hello"', "The body must be a JSON object ({…}), not an array, a string, a number or null."],
    ["null", "null", "The body must be a JSON object ({…}), not an array, a string, a number or null."],
    ["a number", "42", "The body must be a JSON object ({…}), not an array, a string, a number or null."],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), "The body is not valid UTF-8 text."],
  ])("refuses %s with 400 invalid_json", async (_label, body, message) => {
    expect(await refusal(readJsonObject(request(body)))).toEqual({ status: 400, code: "invalid_json", message });
  });

  it("refuses a body over the size limit with 413, whether declared or not", async () => {
    const big = JSON.stringify({ deviceId: "x".repeat(MAX_BODY_BYTES) });
    expect((await refusal(readJsonObject(request(big)))).status).toBe(413);
    const stream = new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(big)), controller.close()) });
    const streamed = new Request("http://localhost/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect((await refusal(readJsonObject(streamed))).status).toBe(413);
  });
});

/**
 * Security issue #14, the REST API: each finding replayed as an attacker would send it, against a real database
 * (the embedded PGlite always, PostgreSQL too under scripts/with-postgres.sh). Every answer is a 4xx with the API's
 * JSON error body, never a 500, and nothing is stored:
 *   - a U+0000 (or any character no id has) in a device id or a command id;
 *   - a body sent as text/plain or as a form, which the old route parsed as JSON anyway (415 now);
 *   - malformed JSON, a body that is not an object, unknown fields (400 with a message that says which);
 *   - the 121st request of an organization in a minute (429 with Retry-After);
 *   - key guessing from one client address (429 before the key is even looked up).
 */
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { generateApiKey } from "@/lib/server/api/keys";
import { API_PER_CLIENT, API_PER_ORGANIZATION } from "@/lib/server/api/rate-limits";
import { POST } from "@/app/api/v1/commands/route";
import { GET } from "@/app/api/v1/commands/[commandId]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { PEER_HEADER } from "@/lib/server/security/client-address";
import { useTestDatabase } from "../support/test-database";
import { insertProject, ORG_A, ORG_B, people, testBackends } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const hour = 3_600_000;

interface Sent {
  key?: string | null;
  body?: BodyInit;
  contentType?: string | null;
  headers?: Record<string, string>;
}

function post({ key = null, body, contentType = "application/json", headers = {} }: Sent) {
  return POST(
    new Request("http://localhost/api/v1/commands", {
      method: "POST",
      headers: { ...(contentType ? { "content-type": contentType } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body,
    }),
  );
}

function get(key: string | null, id: string, headers: Record<string, string> = {}) {
  return GET(new Request("http://localhost/api/v1/commands/x", { headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers } }), { params: Promise.resolve({ commandId: id }) });
}

/** The status and JSON error of an answer; fails the test on a 5xx or a body that is not the API's error. */
async function refusalOf(response: Response) {
  const text = await response.text();
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String), ...(body.error.fields ? { fields: expect.any(Object) } : {}) });
  return { status: response.status, ...body.error };
}

describe.each(testBackends)("the REST API under attack on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function arrange() {
    const keys: Record<"a" | "a2" | "b", string> = { a: "", a2: "", b: "" };
    for (const [name, organizationId] of [["a", ORG_A], ["a2", ORG_A], ["b", ORG_B]] as const) {
      const generated = generateApiKey();
      await db.apiKey.create({ data: { organizationId, name, prefix: generated.prefix, secretHash: generated.secretHash, createdByName: people.ownerA.name } });
      keys[name] = generated.key;
    }
    const project = await insertProject(db);
    const device = await db.device.create({
      data: { organizationId: ORG_A, projectId: project.id, manufacturer: "SolarEdge", model: "Home Battery 9.7", serialNumber: "A-1", capacityKwh: 9.7, powerKw: 5, lastSeenAt: new Date(), stateOfChargePercent: 80, backupReservePercent: 20 },
    });
    return { keys, device };
  }

  const command = (deviceId: string, extra: Record<string, unknown> = {}) => ({
    deviceId,
    action: "self_consumption",
    startAt: new Date(Date.now() + hour).toISOString(),
    endAt: new Date(Date.now() + 2 * hour).toISOString(),
    ...extra,
  });

  /** What a command writes: the command and its webhook deliveries. */
  async function stored() {
    const [commands, deliveries] = await Promise.all([db.deviceCommand.count(), db.webhookDelivery.count()]);
    return { commands, deliveries };
  }

  test("a U+0000 in the device id is refused with 400 and a field message, not a 500; nothing is stored", async () => {
    const { keys, device } = await arrange();
    const before = await stored();
    for (const deviceId of [`${device.id}\u0000`, "\u0000", `dev\u0000ice`, `${device.id}/../x`, "x".repeat(65), `${device.id} `.repeat(2)]) {
      const refused = await refusalOf(await post({ key: keys.a, body: JSON.stringify(command(deviceId)) }));
      expect(refused, JSON.stringify(deviceId)).toEqual({ status: 400, code: "invalid_command", message: "The command is not valid; see fields.", fields: { deviceId: "The device id can only contain letters, digits, _ and -, at most 64 of them." } });
    }
    // In the path: no id looks like that, so no command has it.
    for (const id of ["\u0000", `cm0\u0000`, "%00", "x".repeat(65)]) {
      expect(await refusalOf(await get(keys.a, id)), JSON.stringify(id)).toMatchObject({ status: 404, code: "command_not_found" });
    }
    expect(await stored()).toEqual(before);
    // The same command with a clean id is stored: the refusals above were about the id.
    expect((await post({ key: keys.a, body: JSON.stringify(command(device.id)) })).status).toBe(201);
  });

  test("a body sent as text, as a form or with no type is refused with 415, even when it is valid JSON; nothing is stored", async () => {
    const { keys, device } = await arrange();
    const json = JSON.stringify(command(device.id));
    for (const [contentType, body] of [
      ["text/plain", json],
      ["text/plain;charset=UTF-8", json],
      ["application/x-www-form-urlencoded", json],
      ["application/x-www-form-urlencoded", new URLSearchParams(command(device.id)).toString()],
      ["multipart/form-data; boundary=x", json],
      [null, json],
    ] as const) {
      const refused = await refusalOf(await post({ key: keys.a, body, contentType }));
      expect(refused, String(contentType)).toEqual({ status: 415, code: "unsupported_media_type", message: "Send the body as JSON, with the header 'Content-Type: application/json'." });
    }
    // A real browser form post to the API (cross-site, with the key in a field) gets the same answer.
    const form = new FormData();
    for (const [name, value] of Object.entries(command(device.id))) form.set(name, String(value));
    expect((await refusalOf(await post({ key: keys.a, body: form, contentType: null }))).status).toBe(415);
    expect(await stored()).toEqual({ commands: 0, deliveries: 0 });
    // application/json with the utf-8 charset is what the API takes.
    expect((await post({ key: keys.a, body: json, contentType: "application/json; charset=utf-8" })).status).toBe(201);
  });

  test("malformed JSON, a body that is not an object and unknown fields get a 400 that says which; nothing is stored", async () => {
    const { keys, device } = await arrange();
    const notAnObject = "The body must be a JSON object ({…}), not an array, a string, a number or null.";
    const cases: [string, { code: string; message: string; fields?: Record<string, string> }][] = [
      ["{not json", { code: "invalid_json", message: "The body is not valid JSON." }],
      ['{"deviceId": "a",', { code: "invalid_json", message: "The body is not valid JSON." }],
      ["", { code: "invalid_json", message: "The body is empty: send the command as a JSON object." }],
      [`[${JSON.stringify(command(device.id))}]`, { code: "invalid_json", message: notAnObject }],
      ['"discharge"', { code: "invalid_json", message: notAnObject }],
      ["null", { code: "invalid_json", message: notAnObject }],
      ["12", { code: "invalid_json", message: notAnObject }],
      // Deep nesting, within the size limit: parsed without a stack overflow, then refused for its shape.
      [`${"[".repeat(8000)}${"]".repeat(8000)}`, { code: "invalid_json", message: notAnObject }],
      ["[".repeat(16_000), { code: "invalid_json", message: "The body is not valid JSON." }],
      [JSON.stringify(command(device.id, { organizationId: ORG_B })), { code: "invalid_command", message: "The command is not valid; see fields.", fields: { _form: "Unknown field: organizationId." } }],
      [`{"__proto__": {"status": "completed"}, ${JSON.stringify(command(device.id)).slice(1)}`, { code: "invalid_command", message: "The command is not valid; see fields.", fields: { _form: "Unknown field: __proto__." } }],
    ];
    for (const [body, expected] of cases) {
      expect(await refusalOf(await post({ key: keys.a, body })), body.slice(0, 60)).toEqual({ status: 400, ...expected });
    }
    expect((await refusalOf(await post({ key: keys.a, body: JSON.stringify({ deviceId: "x".repeat(20_000) }) }))).status).toBe(413);
    expect(await stored()).toEqual({ commands: 0, deliveries: 0 });
  });

  test("any JSON a client can send gets a 4xx or a 201, never a 5xx (200 random bodies)", async () => {
    const { keys, device } = await arrange();
    const consoleError = vi.spyOn(console, "error");
    // Mostly valid commands with one field or more replaced by something hostile, so that most runs reach the database.
    const valid = command(device.id);
    const hostile = fc.oneof(fc.string({ unit: "binary" }), fc.jsonValue({ maxDepth: 2 }));
    const hostileId = fc.oneof(hostile, fc.constantFrom(`${device.id}\u0000`, "\u0000", "\ud800", `${device.id}\ud800`, "' OR 1=1 --", "x".repeat(65), `${device.id}/..`));
    const maybe = <T,>(good: T) => fc.oneof({ weight: 3, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: hostile });
    const body = fc.record({
      deviceId: fc.oneof(hostileId, fc.constant(device.id)),
      action: maybe(valid.action),
      startAt: maybe(valid.startAt),
      endAt: maybe(valid.endAt),
      // Absent most of the time: self-consumption takes no power, so any power sent is refused before the database.
      powerKw: fc.option(hostile, { nil: undefined, freq: 4 }),
    });
    let created = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: body }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }), async (value) => {
        // Reset the organization's count: this property is about input, not about the limit.
        await db.rateLimitCounter.deleteMany();
        const response = await post({ key: keys.a, body: JSON.stringify(value) });
        if (response.status === 201) created++;
        else await refusalOf(response);
      }),
      { numRuns: 200 },
    );
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect((await stored()).commands).toBe(created);
  });

  test(`request number ${API_PER_ORGANIZATION.max + 1} of an organization in a minute gets 429 with Retry-After, whichever of its keys; other organizations go on`, async () => {
    const { keys, device } = await arrange();
    for (let request = 1; request <= API_PER_ORGANIZATION.max; request++) {
      const key = request % 2 === 0 ? keys.a : keys.a2;
      expect((await get(key, "cm0nosuchcommand0000000000")).status, `request ${request}`).toBe(404);
    }
    for (const key of [keys.a, keys.a2]) {
      const response = await post({ key, body: JSON.stringify(command(device.id)) });
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter)).toBe(true);
      const refused = await refusalOf(response);
      expect(refused).toEqual({
        status: 429,
        code: "rate_limited",
        message: `Too many requests for this organization: at most ${API_PER_ORGANIZATION.max} a minute, counting all its keys. Try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`,
      });
      expect((await get(key, "cm0nosuchcommand0000000000")).status).toBe(429);
    }
    expect(await stored()).toEqual({ commands: 0, deliveries: 0 });
    // B's key is counted apart.
    expect((await get(keys.b, "cm0nosuchcommand0000000000")).status).toBe(404);
  });

  test(`key guessing from one address is cut off after ${API_PER_CLIENT.max} tries a minute, before the key is checked; a forged X-Forwarded-For does not help`, async () => {
    const { keys, device } = await arrange();
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
    const attacker = { [PEER_HEADER]: "203.0.113.50" };
    for (let guess = 1; guess <= API_PER_CLIENT.max; guess++) {
      const headers = { ...attacker, "x-forwarded-for": `198.51.100.${guess % 250}` };
      const response = guess % 2 === 0 ? await get(generateApiKey().key, "cm0nosuchcommand0000000000", headers) : await post({ key: generateApiKey().key, body: "{}", headers });
      expect(response.status, `guess ${guess}`).toBe(401);
    }
    // The next guess, and even a right key, from that address: 429, and the key is not checked (its lastUsedAt stays).
    const lastUsed = async () => (await db.apiKey.findFirstOrThrow({ where: { name: "a" } })).lastUsedAt;
    const lastUsedBefore = await lastUsed();
    for (const key of [generateApiKey().key, keys.a]) {
      const response = await post({ key, body: JSON.stringify(command(device.id)), headers: { ...attacker, "x-forwarded-for": "192.0.2.1" } });
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(await refusalOf(response)).toMatchObject({ status: 429, code: "rate_limited", message: expect.stringMatching(/^Too many requests from your address: at most \d+ a minute\. Try again in \d+ seconds?\.$/) });
    }
    expect(await lastUsed()).toEqual(lastUsedBefore);
    expect(await stored()).toEqual({ commands: 0, deliveries: 0 });
    // Another address with the right key is served.
    expect((await post({ key: keys.a, body: JSON.stringify(command(device.id)), headers: { [PEER_HEADER]: "203.0.113.51" } })).status).toBe(201);
  });

  test("the OpenAPI description documents 415 and 429 (with Retry-After) and the device id's shape", async () => {
    const document = await (await getOpenApi()).json();
    const post = document.paths["/api/v1/commands"].post.responses;
    expect(Object.keys(post)).toEqual(expect.arrayContaining(["400", "401", "413", "415", "429", "503"]));
    expect(post["429"].headers["Retry-After"].schema).toMatchObject({ type: "integer" });
    expect(document.paths["/api/v1/commands/{commandId}"].get.responses["429"].headers).toHaveProperty("Retry-After");
    expect(document.components.schemas.CommandRequest.properties.deviceId.pattern).toBe("^[A-Za-z0-9_-]{1,64}$");
  });
});

describe("the REST API with its database down", () => {
  afterEach(() => {
    testDatabase.current = null;
  });

  test("answers 503 with the JSON error (a server fault a client can retry), not 500, and logs nothing as a bug", async () => {
    // Every query fails as node-postgres does when the server refuses the connection.
    const refused = () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    const down = new Proxy({}, { get: (_target, name) => (name === "then" ? undefined : new Proxy(refused, { get: () => refused })) });
    testDatabase.current = down as PrismaClient;
    const consoleError = vi.spyOn(console, "error");
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
    for (const headers of [{}, { [PEER_HEADER]: "203.0.113.50" }] as Record<string, string>[]) {
      const key = generateApiKey().key;
      for (const response of [await post({ key, body: "{}", headers }), await get(key, "cm0command", headers)]) {
        expect(response.status).toBe(503);
        expect((await response.json()).error.code).toBe("database_unavailable");
      }
    }
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    vi.unstubAllEnvs();
  });
});

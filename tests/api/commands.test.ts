/**
 * The REST API for commands against a real database: API keys (hashed, revocable, per organization), the Grid
 * Services setting, enrollment, Storm Guard, validation, and the OpenAPI description kept true.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { generateApiKey } from "@/lib/server/api/keys";
import { commandResponseSchema, exampleCommandRequest } from "@/lib/server/api/openapi";
import { ZCommandRequestSchema } from "@/lib/core/operations";
import { POST } from "@/app/api/v1/commands/route";
import { GET } from "@/app/api/v1/commands/[commandId]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { useTestDatabase } from "../support/test-database";
import { insertProject, ORG_A, ORG_B, people, testBackends } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const hour = 3_600_000;

function post(key: string | null, body: unknown) {
  return POST(
    new Request("http://localhost/api/v1/commands", {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

function get(key: string | null, id: string) {
  return GET(new Request(`http://localhost/api/v1/commands/${id}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), { params: Promise.resolve({ commandId: id }) });
}

describe.each(testBackends)("the commands API on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  async function arrange() {
    const keys: Record<string, string> = {};
    for (const [name, organizationId] of [["a", ORG_A], ["b", ORG_B], ["revoked", ORG_A]] as const) {
      const generated = generateApiKey();
      await db.apiKey.create({
        data: { organizationId, name, prefix: generated.prefix, secretHash: generated.secretHash, createdByName: people.ownerA.name, revokedAt: name === "revoked" ? new Date() : null },
      });
      keys[name] = generated.key;
    }
    const projectA = await insertProject(db);
    const projectB = await insertProject(db, { organizationId: ORG_B, customerName: "B's customer" });
    const device = (organizationId: string, projectId: string, serialNumber: string, extra: Record<string, unknown> = {}) =>
      db.device.create({ data: { organizationId, projectId, manufacturer: "SolarEdge", model: "Home Battery 9.7", serialNumber, capacityKwh: 9.7, powerKw: 5, lastSeenAt: new Date(), stateOfChargePercent: 80, backupReservePercent: 20, ...extra } });
    const enrolledA = await device(ORG_A, projectA.id, "A-1");
    const stormA = await device(ORG_A, projectA.id, "A-2", { stormGuardActive: true });
    const notEnrolledA = await device(ORG_A, projectA.id, "A-3");
    const deviceB = await device(ORG_B, projectB.id, "B-1");
    for (const target of [enrolledA, stormA, deviceB]) {
      await db.deviceEnrollment.create({ data: { deviceId: target.id, programId: "connected-solutions-ma", mode: "automatic", status: "enrolled", history: [{ status: "enrolled", at: new Date().toISOString(), reason: null }] } });
    }
    return { keys, enrolledA, stormA, notEnrolledA, deviceB };
  }

  const command = (deviceId: string, extra: Record<string, unknown> = {}) => ({
    deviceId,
    action: "discharge",
    powerKw: 4,
    startAt: new Date(Date.now() + hour).toISOString(),
    endAt: new Date(Date.now() + 3 * hour).toISOString(),
    enableGridInteraction: true,
    ...extra,
  });

  test("a grid command to an enrolled battery is queued, readable by its organization only", async () => {
    const { keys, enrolledA } = await arrange();
    await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    const response = await post(keys.a!, command(enrolledA.id));
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ deviceId: enrolledA.id, action: "discharge", powerKw: 4, status: "queued", skipReason: null, enableGridInteraction: true });
    expect(response.headers.get("location")).toBe(`/api/v1/commands/${created.id}`);

    const read = await get(keys.a!, created.id);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created);
    // Organization B's key finds nothing at that id.
    expect((await get(keys.b!, created.id)).status).toBe(404);
  });

  test("with Storm Guard active the command is recorded as skipped with reason storm_guard", async () => {
    const { keys, stormA } = await arrange();
    await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    const response = await post(keys.a!, command(stormA.id));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: "skipped", skipReason: "storm_guard", history: [{ status: "skipped", reason: "storm_guard" }] });
  });

  test("Grid Services off refuses grid commands (409) and stores nothing; a plain command still works", async () => {
    const { keys, enrolledA } = await arrange();
    const refused = await post(keys.a!, command(enrolledA.id));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: { code: "grid_services_off", message: expect.stringContaining("Grid Services is off") } });
    expect(await db.deviceCommand.count()).toBe(0);
    const plain = await post(keys.a!, command(enrolledA.id, { action: "self_consumption", powerKw: undefined, enableGridInteraction: false }));
    expect(plain.status).toBe(201);
  });

  test("a grid command to a battery that is not enrolled is refused (409)", async () => {
    const { keys, notEnrolledA } = await arrange();
    await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    const refused = await post(keys.a!, command(notEnrolledA.id));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("not_enrolled");
  });

  test("keys: missing, malformed, wrong or revoked keys get 401; A's key cannot command B's battery", async () => {
    const { keys, enrolledA, deviceB } = await arrange();
    await db.organization.update({ where: { id: ORG_B }, data: { gridServicesEnabled: true } });
    for (const key of [null, "not-a-key", keys.a!.replace(/.$/, (last) => (last === "A" ? "B" : "A")), keys.revoked!, generateApiKey().key]) {
      const response = await post(key, command(enrolledA.id));
      expect(response.status, String(key)).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
    const foreign = await post(keys.a!, command(deviceB.id));
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain("B's customer");
    expect(await db.deviceCommand.count()).toBe(0);
    // Only the hash of a key is stored. (The secret is base64url, which may itself contain "_".)
    const stored = JSON.stringify(await db.apiKey.findMany());
    for (const key of Object.values(keys)) expect(stored).not.toContain(key.replace(/^gfk_[a-f0-9]{12}_/, ""));
  });

  test("bad input: invalid JSON and invalid fields get 400 with a message per field, nothing stored", async () => {
    const { keys, enrolledA } = await arrange();
    expect((await post(keys.a!, "{not json")).status).toBe(400);
    const response = await post(keys.a!, { ...command(enrolledA.id), action: "explode", startAt: "tomorrow" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_command");
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(["action", "startAt"]));
    expect(await db.deviceCommand.count()).toBe(0);
  });

  test("the OpenAPI description is true: every route documented, the example valid, a real answer shaped as described", async () => {
    const document = await (await getOpenApi()).json();
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") routes.push(`/${path.relative("app", path.dirname(full)).replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    };
    walk("app/api/v1");
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
    expect(ZCommandRequestSchema.safeParse(exampleCommandRequest).success).toBe(true);
    expect(document.components.schemas.CommandRequest.required).toEqual(expect.arrayContaining(["deviceId", "action", "startAt", "endAt"]));

    const { keys, enrolledA } = await arrange();
    await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    const created = await (await post(keys.a!, command(enrolledA.id))).json();
    expect(Object.keys(created).sort()).toEqual([...commandResponseSchema.required].sort());
    for (const [name, property] of Object.entries(commandResponseSchema.properties)) {
      const types = ([] as string[]).concat(property.type);
      const value = created[name];
      const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
      expect(types, name).toContain(actual);
      if ("enum" in property && value !== null) expect(property.enum as readonly unknown[], name).toContain(value);
    }
  });
});

/**
 * The OpenAPI description of /api/v1, served at /api/v1/openapi.json. The request body schema is generated from the
 * same zod schema the route validates with, so the two cannot disagree; tests/api/openapi.test.ts checks the rest
 * (every route documented, the example valid, real answers shaped as described).
 */
import { z } from "zod";
import { commandActions, ZCommandRequestSchema } from "../../core/operations";
import { ID_SHAPE } from "../../validation/ids";
import { MAX_BODY_BYTES } from "./json-body";
import { API_PER_CLIENT, API_PER_ORGANIZATION } from "./rate-limits";

const commandStatuses = ["queued", "sent", "executing", "completed", "failed", "skipped"];

export const exampleCommandRequest = {
  deviceId: "cm0device000000000000000",
  action: "discharge",
  powerKw: 5,
  startAt: "2026-07-01T17:00:00Z",
  endAt: "2026-07-01T20:00:00Z",
  enableGridInteraction: true,
};

const problemSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } } },
    },
  },
};

export const commandResponseSchema = {
  type: "object",
  required: ["id", "deviceId", "action", "powerKw", "startAt", "endAt", "enableGridInteraction", "status", "skipReason", "failureReason", "history", "createdAt"],
  properties: {
    id: { type: "string" },
    deviceId: { type: "string" },
    action: { type: "string", enum: [...commandActions] },
    powerKw: { type: ["number", "null"] },
    startAt: { type: "string", format: "date-time" },
    endAt: { type: "string", format: "date-time" },
    enableGridInteraction: { type: "boolean" },
    status: { type: "string", enum: commandStatuses },
    skipReason: { type: ["string", "null"], enum: ["storm_guard", null] },
    failureReason: { type: ["string", "null"] },
    history: {
      type: "array",
      items: { type: "object", required: ["status", "at"], properties: { status: { type: "string", enum: commandStatuses }, at: { type: "string", format: "date-time" }, reason: { type: ["string", "null"] } } },
    },
    createdAt: { type: "string", format: "date-time" },
  },
} as const;

const problemContent = { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } };

/** What each refusal means, so a client's author knows which to retry. */
const errorDescriptions: Record<number, string> = {
  400: "Invalid JSON, a body that is not a JSON object, an unknown field or an invalid field (see error.fields)",
  401: "Missing, malformed, wrong or revoked API key",
  404: "No such battery or command in the key's organization",
  409: "Grid Services is off for the organization, or the battery is not enrolled",
  413: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`,
  415: "The body is not declared as `Content-Type: application/json` (optionally `; charset=utf-8`)",
  422: "The window has ended or starts more than 7 days ahead, or the power is above the battery's rating",
  503: "The database is not reachable; nothing was done. Retry in a moment.",
};

const errors = (codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      code === 429
        ? {
            description: `Too many requests: at most ${API_PER_ORGANIZATION.max} a minute per organization (all its keys) and ${API_PER_CLIENT.max} a minute per client address, counted before the key is checked. Nothing was done; wait for Retry-After.`,
            headers: { "Retry-After": { description: "Seconds until the limit's window ends", schema: { type: "integer", minimum: 1 } } },
            content: problemContent,
          }
        : { description: errorDescriptions[code] ?? `Refused (${code})`, content: problemContent },
    ]),
  );

/** The request schema from zod, with the id shape the route also requires (a device id is a Gridfolio id). */
function commandRequestSchema() {
  const generated = z.toJSONSchema(ZCommandRequestSchema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, object> };
  return { ...generated, properties: { ...generated.properties, deviceId: { ...generated.properties?.deviceId, pattern: ID_SHAPE.source } } };
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Gridfolio Grid Services API",
      version: "1.0.0",
      description: `Commands to an organization's batteries. Authenticate with an organization API key: \`Authorization: Bearer gfk_…\`. Bodies are JSON objects sent with \`Content-Type: application/json\`. At most ${API_PER_ORGANIZATION.max} requests a minute per organization and ${API_PER_CLIENT.max} per client address; past that, 429 with Retry-After (seconds).`,
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An organization API key (gfk_…), created by an owner or admin." } },
      schemas: {
        CommandRequest: commandRequestSchema(),
        Command: commandResponseSchema,
        Problem: problemSchema,
      },
    },
    paths: {
      "/api/v1/commands": {
        post: {
          summary: "Send a command to a battery",
          description:
            "A grid-interaction command (enableGridInteraction, or export) needs Grid Services on for the organization and an enrolled battery. While the battery's Storm Guard is active the command is recorded with status `skipped` and skipReason `storm_guard`.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CommandRequest" }, example: exampleCommandRequest } } },
          responses: {
            "201": { description: "Stored as queued (or skipped)", content: { "application/json": { schema: { $ref: "#/components/schemas/Command" } } } },
            ...errors([400, 401, 404, 409, 413, 415, 422, 429, 503]),
          },
        },
      },
      "/api/v1/commands/{commandId}": {
        get: {
          summary: "Read a command and its status history",
          parameters: [{ name: "commandId", in: "path", required: true, schema: { type: "string", pattern: ID_SHAPE.source } }],
          responses: {
            "200": { description: "The command", content: { "application/json": { schema: { $ref: "#/components/schemas/Command" } } } },
            ...errors([401, 404, 429, 503]),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This description", security: [], responses: { "200": { description: "OpenAPI 3.1 document" } } },
      },
    },
  };
}

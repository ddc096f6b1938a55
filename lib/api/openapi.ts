/**
 * The OpenAPI description of /api/v1, served at /api/v1/openapi.json. The request body schema is generated from the
 * same zod schema the route validates with, so the two cannot disagree; tests/api/openapi.test.ts checks the rest
 * (every route documented, the example valid, real answers shaped as described).
 */
import { z } from "zod";
import { commandActions, ZCommandRequestSchema } from "../operations";

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

const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: `Refused (${code})`, content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } } }]));

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Gridfolio Grid Services API",
      version: "1.0.0",
      description: "Commands to an organization's batteries. Authenticate with an organization API key: `Authorization: Bearer gfk_…`.",
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An organization API key (gfk_…), created by an owner or admin." } },
      schemas: {
        CommandRequest: z.toJSONSchema(ZCommandRequestSchema, { io: "input", unrepresentable: "any" }),
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
            ...errors([400, 401, 404, 409, 422, 503]),
          },
        },
      },
      "/api/v1/commands/{commandId}": {
        get: {
          summary: "Read a command and its status history",
          parameters: [{ name: "commandId", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The command", content: { "application/json": { schema: { $ref: "#/components/schemas/Command" } } } },
            ...errors([401, 404, 503]),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This description", security: [], responses: { "200": { description: "OpenAPI 3.1 document" } } },
      },
    },
  };
}

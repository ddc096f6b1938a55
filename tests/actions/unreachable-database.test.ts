/**
 * Every action that touches the database, with the database unusable: the person gets a plain message in the
 * form's status line, never an exception, a stack trace, an address or a password.
 *
 * Unlike the other files of tests/actions, getDb() is NOT mocked here: the app's own client is pointed at the bad
 * database through the environment, exactly as a deployment would be.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from "vitest";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { disconnectDb, isDatabaseUnavailableError } from "@/lib/server/db/client";
import type { ActionState } from "@/lib/actions/state";
import type { SignedInUser } from "@/lib/server/auth/session";
import { createProject } from "@/lib/actions/projects/create-project";
import { updateProject } from "@/lib/actions/projects/update-project";
import { deleteProject } from "@/lib/actions/projects/delete-project";
import { createOption } from "@/lib/actions/options/create-option";
import { updateOption } from "@/lib/actions/options/update-option";
import { deleteOption } from "@/lib/actions/options/delete-option";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { deleteCustomIncentive } from "@/lib/actions/incentives/delete-custom-incentive";
import { form, noState, validOptionForm, validProjectForm } from "../support/actions";

vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const projectId = "cl0000000000000000000001";
const optionId = "cl0000000000000000000002";
const incentiveId = "cl0000000000000000000003";

const actions: { label: string; run: () => Promise<ActionState> }[] = [
  { label: "createProject", run: () => createProject(noState, form(validProjectForm)) },
  { label: "updateProject", run: () => updateProject(projectId, noState, form(validProjectForm)) },
  { label: "deleteProject", run: () => deleteProject(projectId, noState, form({})) },
  { label: "createOption", run: () => createOption(projectId, noState, form(validOptionForm)) },
  { label: "updateOption", run: () => updateOption(projectId, optionId, noState, form({ ...validOptionForm, version: 1 })) },
  { label: "deleteOption", run: () => deleteOption(projectId, optionId, noState, form({})) },
  { label: "setProgramEnabled", run: () => setProgramEnabled(projectId, optionId, "ct-ess", true) },
  { label: "saveProgramInputs", run: () => saveProgramInputs(projectId, optionId, "ct-ess", noState, form({ averageDeliveredKw: "5" })) },
  { label: "saveCustomIncentive (add)", run: () => saveCustomIncentive(projectId, optionId, null, noState, form({ name: "Rebate", kind: "upfront", amountCents: "500" })) },
  { label: "saveCustomIncentive (edit)", run: () => saveCustomIncentive(projectId, optionId, incentiveId, noState, form({ name: "Rebate", kind: "upfront", amountCents: "500" })) },
  { label: "deleteCustomIncentive", run: () => deleteCustomIncentive(projectId, optionId, incentiveId, noState, form({})) },
];

const unreachableMessage = "Nothing was saved: the database is not reachable. Try again in a moment.";

function expectPlainUnreachableMessage(result: ActionState, secrets: string[]) {
  expect(result.ok).toBe(false);
  expect(result.fieldErrors).toEqual({});
  expect(result.message).toContain("database is not reachable");
  expect(result.message).toBe(unreachableMessage);
  // No stack trace, no driver text, no address.
  expect(result.message).not.toMatch(/\n|\bat .+:\d+|Error:|ECONNREFUSED|Prisma/);
  for (const secret of secrets) expect(result.message).not.toContain(secret);
}

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  vi.clearAllMocks();
  session.current = { userId: "user-1", name: "Dana", email: "dana@example.com", activeOrganizationId: "org-1" };
  // The actions log the cause for the server log; keep the test output readable.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(async () => {
  await disconnectDb();
  vi.unstubAllEnvs();
  consoleError.mockRestore();
});

describe("PostgreSQL on a closed port (postgresql://postgres:secret@127.0.0.1:1/x)", () => {
  const url = "postgresql://postgres:secret-password@127.0.0.1:1/x";

  beforeEach(() => {
    vi.stubEnv("DATABASE_URL", url);
  });

  test("createProject with valid data: { ok: false, message } saying the database is not reachable, no throw", async () => {
    const result = await createProject(noState, form(validProjectForm));
    expectPlainUnreachableMessage(result, ["127.0.0.1", "secret-password", "postgresql://"]);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
    // The details stay in the server log.
    // (the first query of every action is the access check's membership lookup)
    expect(consoleError).toHaveBeenCalledWith("authorize failed", expect.anything());
    expect(isDatabaseUnavailableError(consoleError.mock.calls[0]?.[1])).toBe(true);
  });

  test.each(actions)("$label answers with the same plain message", async ({ run }) => {
    expectPlainUnreachableMessage(await run(), ["127.0.0.1", "secret-password", "postgresql://"]);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });
});

describe("embedded database folder held by another process", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gridfolio-actions-locked-"));
  const dataDir = path.join(folder, "pglite");

  beforeEach(() => {
    // PID 1 is always alive: the lock looks held by a running process (for example a dev server).
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 1, since: new Date().toISOString() }) + "\n");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DATA_DIR", dataDir);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test.each(actions.slice(0, 4))("$label answers that the database is not reachable, no throw", async ({ run }) => {
    expectPlainUnreachableMessage(await run(), [folder]);
    expect(redirect).not.toHaveBeenCalled();
    // It failed for the reason staged here, and the server log says so.
    const logged = consoleError.mock.calls.map((call) => call.map((part: unknown) => (part instanceof Error ? part.message : String(part))).join(" ")).join("\n");
    expect(logged).toContain("in use by another process (pid 1)");
  });
});

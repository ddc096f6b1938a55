import { notFound, redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from "vitest";
import { z } from "zod";
import { DomainError } from "../core/errors/domain-error";
import type { Access, AccessResult } from "../server/auth/access";
import { describeReadFailure, describeWriteFailure } from "../server/data/errors";
import { authorize } from "./authorize";
import { unreadableFormMessage } from "./messages";
import { parseForm, requireForm, requireIds } from "./prologue";
import { runAction } from "./run-action";
import { succeeded, type ActionState } from "./state";

// Who is asking, per test: the access check reads it instead of a session and a database.
const caller = vi.hoisted(() => ({ current: { kind: "signed-out" } as AccessResult | Error }));
vi.mock("../server/auth/access", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getAccess: async () => {
    if (caller.current instanceof Error) throw caller.current;
    return caller.current;
  },
}));

const member = (role: Access["role"]): AccessResult => ({
  kind: "member",
  access: { userId: "user-1", userName: "Dana", email: "dana@example.com", organizationId: "org-1", organizationName: "Alpha Solar", role },
});

const ZName = z.object({ name: z.string().min(1, "Enter a name.") });

/** An action in the common order: access → ids → form → schema → the change (a spy, so we see whether it ran). */
const change = vi.fn(async () => succeeded("Saved."));
const renameProject = (projectId: unknown, formData: unknown) =>
  runAction("renameProject", async () => {
    await authorize("project", "update");
    requireIds({ projectId }, "This project does not exist.");
    parseForm(ZName, requireForm(formData));
    return change();
  });

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  change.mockClear();
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe("the refusal order: the first step that refuses answers, and nothing after it runs", () => {
  test.each([
    // Everything is wrong: who asks is answered first, so a stranger learns nothing about ids or fields.
    { label: "signed out, bad id, no form", who: { kind: "signed-out" } as AccessResult, id: "no such id!", data: "a string", message: /^Your session has ended/ },
    { label: "no organization, bad id, no form", who: { kind: "no-organization", user: { userId: "u", name: "U", email: "u@x.test", activeOrganizationId: null } } as AccessResult, id: "", data: null, message: /^Create or join an organization first/ },
    { label: "a viewer, bad id, no form", who: member("viewer"), id: 42, data: null, message: /^Your role in Alpha Solar \(Viewer\) can read projects but not change them/ },
    // A member who may: then the ids, then the form, then its fields.
    { label: "a designer, bad id, no form", who: member("designer"), id: "bad id", data: null, message: "This project does not exist." },
    { label: "a designer, good id, no form", who: member("designer"), id: "project-1", data: { name: "x" }, message: unreadableFormMessage },
    { label: "a designer, good id, an empty name", who: member("designer"), id: "project-1", data: form({ name: "" }), message: "Some fields need attention." },
  ])("$label", async ({ who, id, data, message }) => {
    caller.current = who;
    const state = await renameProject(id, data);
    expect(state.ok).toBe(false);
    // A string is the whole message; a pattern, its beginning (the role sentences go on to say what to do).
    if (typeof message === "string") expect(state.message).toBe(message);
    else expect(state.message).toMatch(message);
    expect(change).not.toHaveBeenCalled();
    // A refusal is an answer, not a fault: nothing for the server log.
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("a designer with a good id and a valid form gets through to the change", async () => {
    caller.current = member("designer");
    expect(await renameProject("project-1", form({ name: "Lee residence" }))).toEqual(succeeded("Saved."));
    expect(change).toHaveBeenCalledTimes(1);
  });

  test("the access check failing (the database is down) is logged by it once and answered plainly", async () => {
    const down = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    caller.current = down;
    expect(await renameProject("project-1", form({ name: "Lee" }))).toEqual({ ok: false, message: describeWriteFailure(down), fieldErrors: {} });
    expect(consoleError.mock.calls).toEqual([["authorize failed", down]]);
  });
});

describe("the prologue's steps", () => {
  test.each([
    { label: "a string (the form URL-encoded)", value: "name=Lee" },
    { label: "an object with the form's values", value: { name: "Lee" } },
    { label: "URLSearchParams (it has forEach)", value: new URLSearchParams({ name: "Lee" }) },
    { label: "null", value: null },
    { label: "undefined", value: undefined },
  ])("a form that is not a FormData, $label, is refused unread", async ({ value }) => {
    const state = await runAction("readName", async () => {
      requireForm(value);
      return succeeded("read");
    });
    expect(state).toEqual({ ok: false, message: unreadableFormMessage, fieldErrors: {} });
  });

  test("zod's issues become field errors keyed by field, under the action's own status line", async () => {
    const ZProject = z.object({ name: z.string().min(1, "Enter a name."), zip: z.string().regex(/^\d{5}$/, "Enter a 5-digit ZIP code.") });
    const state = await runAction("saveProject", async () => {
      parseForm(ZProject, requireForm(form({ name: "", zip: "abc" })), "Nothing was saved: some fields need attention.");
      return succeeded("saved");
    });
    expect(state).toEqual({ ok: false, message: "Nothing was saved: some fields need attention.", fieldErrors: { name: "Enter a name.", zip: "Enter a 5-digit ZIP code." } });
  });

  test.each([
    { label: "every id well formed (trimmed)", values: { projectId: " project-1 ", optionId: "option_2" }, ids: { projectId: "project-1", optionId: "option_2" } },
    { label: "one of them not an id", values: { projectId: "project-1", optionId: "option 2" }, ids: null },
    { label: "one of them not a string", values: { projectId: "project-1", optionId: { id: "option-2" } }, ids: null },
  ])("ids: $label", ({ values, ids }) => {
    if (ids) expect(requireIds(values, "This option does not exist.")).toEqual(ids);
    else expect(() => requireIds(values, "This option does not exist.")).toThrow(new DomainError("not-found", "This option does not exist."));
  });
});

describe("what the action's body throws", () => {
  test("a DomainError answers with its sentence and field errors, and logs nothing", async () => {
    const state = await runAction("addBattery", async (): Promise<ActionState> => {
      throw new DomainError("invalid", "The battery was not added.", { serialNumber: "That serial is already registered." });
    });
    expect(state).toEqual({ ok: false, message: "The battery was not added.", fieldErrors: { serialNumber: "That serial is already registered." } });
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("anything else is logged once, as the action's failure, and answered without its text", async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app/lib/x.ts:3");
    const state = await runAction("updateProject", async (): Promise<ActionState> => {
      throw bug;
    });
    expect(state).toEqual({ ok: false, message: describeWriteFailure(bug), fieldErrors: {} });
    expect(state.message).not.toContain("Cannot read");
    expect(consoleError.mock.calls).toEqual([["updateProject failed", bug]]);
  });

  test("a read-only action says what did not happen in its own words", async () => {
    const bug = new Error("boom");
    const state = await runAction("previewProposal", async (): Promise<ActionState> => {
      throw bug;
    }, describeReadFailure);
    expect(state.message).toBe(describeReadFailure(bug));
  });

  test.each([
    { label: "redirect() (how several actions succeed)", signal: () => redirect("/projects/p-1"), digest: /^NEXT_REDIRECT;/ },
    { label: "notFound()", signal: () => notFound(), digest: /^NEXT_HTTP_ERROR_FALLBACK;404/ },
  ])("Next's $label goes on to Next, unanswered and unlogged", async ({ signal, digest }) => {
    const run = runAction("createProject", async (): Promise<ActionState> => signal());
    await expect(run).rejects.toMatchObject({ digest: expect.stringMatching(digest) });
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("a redirect wrapped as the cause of another error still goes on to Next", async () => {
    let signal: unknown;
    try {
      redirect("/projects");
    } catch (error) {
      signal = error;
    }
    const run = runAction("createProject", async (): Promise<ActionState> => {
      throw new Error("wrapped", { cause: signal });
    });
    await expect(run).rejects.toBe(signal);
  });
});

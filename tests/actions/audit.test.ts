/**
 * The audit trail: every change an action makes is recorded with who made it, in the same transaction, in words
 * the project page shows; a refused change records nothing.
 */
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { findProjectActivity } from "@/lib/server/data/audit";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { deleteCustomIncentive } from "@/lib/actions/incentives/delete-custom-incentive";
import { updateOption } from "@/lib/actions/options/update-option";
import { useTestDatabase } from "../support/test-database";
import { form, insertOption, insertProject, noState, ORG_A, ORG_B, sessionOf, testBackends, validOptionForm } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

describe.each(testBackends)("the audit trail on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  test("program switches, input changes, cost changes and custom incentives are recorded with who did them, newest first", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id, { name: "Option A" });

    expect((await setProgramEnabled(project.id, option.id, "ct-ess", true)).ok).toBe(true);
    expect((await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ customerTier: "low-income", gridEdge: "on" }))).ok).toBe(true);
    session.current = sessionOf("ownerA");
    expect((await setProgramEnabled(project.id, option.id, "ct-ess", false)).ok).toBe(true);
    expect((await updateOption(project.id, option.id, noState, form({ ...validOptionForm, name: "Option A", batteryCostCents: "$16,250", version: 1 }))).ok).toBe(true);
    expect((await saveCustomIncentive(project.id, option.id, null, noState, form({ name: "Town rebate", kind: "upfront", basis: "fixed", amountCents: "500" }))).ok).toBe(true);
    const incentive = await db.customIncentive.findFirstOrThrow();
    expect((await deleteCustomIncentive(project.id, option.id, incentive.id, noState, form({}))).ok).toBe(true);

    const activity = await findProjectActivity(ORG_A, project.id);
    expect(activity.map((event) => `${event.actorName}: ${event.summary}`)).toEqual([
      "Olivia Owner: Removed the custom incentive “Town rebate” from “Option A”.",
      "Olivia Owner: Added the custom incentive “Town rebate” on “Option A”.",
      expect.stringMatching(/^Olivia Owner: Changed “Option A”: .*battery cost \$15,000\.00 → \$16,250\.00/),
      "Olivia Owner: Disabled CT-ESS on “Option A”.",
      expect.stringMatching(/^Desmond Designer: Changed CT-ESS inputs on “Option A”: Customer tier default → Low income; Grid Edge customer default → yes\.$/),
      "Desmond Designer: Enabled CT-ESS on “Option A”.",
    ]);
    // Another organization sees none of it.
    expect(await findProjectActivity(ORG_B, project.id)).toEqual([]);
  });

  test("a refused or pointless change records nothing", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    // Switching off a program that was never on changes nothing, so nothing is recorded.
    expect((await setProgramEnabled(project.id, option.id, "ct-ess", false)).ok).toBe(true);
    session.current = sessionOf("viewerA");
    expect((await setProgramEnabled(project.id, option.id, "ct-ess", true)).ok).toBe(false);
    session.current = sessionOf("designerA");
    expect((await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "-3" }))).ok).toBe(false);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

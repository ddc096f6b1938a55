"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { switchGridServices } from "../../server/data/grid-services";
import { requestAutomaticEnrollments } from "../../server/operations/enrollments";
import { authorize } from "../authorize";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/** The organization's Grid Services setting; owners and admins only (the same rule as the organization's name). */
export async function setGridServices(enabledArg: boolean): Promise<ActionState> {
  return runAction("setGridServices", async () => {
    const access = await authorize("organization", "update");
    const parsed = z.boolean().safeParse(enabledArg);
    if (!parsed.success) return failed("That switch sent an invalid value. Reload the page and try again.");
    await switchGridServices(access.organizationId, parsed.data);
    let requested = 0;
    if (parsed.data) {
      // Automatic manufacturers are enrolled as soon as Grid Services is on; the switch is already saved if this fails.
      requested = await requestAutomaticEnrollments(access.organizationId, "all").catch((error: unknown) => {
        console.error("setGridServices: requesting enrollments failed; the next switch or battery retries", error);
        return 0;
      });
    }
    revalidatePath("/organization");
    revalidatePath("/projects", "layout");
    const enrolling = requested > 0 ? ` ${requested} battery ${requested === 1 ? "enrollment" : "enrollments"} requested.` : "";
    return succeeded(parsed.data ? `Grid Services is on: enrolled batteries accept grid commands.${enrolling}` : "Grid Services is off: grid commands are refused.");
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { dismissWelcome as storeDismissal } from "../../server/data/welcome";
import { authorize } from "../authorize";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import type { ActionState } from "../state";

/** Hides the getting-started checklist for the whole organization: owners and admins, who set the organization up. */
export async function dismissWelcome(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("dismissWelcome", async () => {
    const access = await authorize("organization", "update");
    requireForm(formData);
    await storeDismissal(access);
    revalidatePath("/projects");
    // Off the ?welcome=1 address, to a list that says where the checklist went.
    redirect("/projects?welcomeDismissed=1");
  });
}

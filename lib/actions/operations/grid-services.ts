"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { authorize } from "../authorize";
import { failed, succeeded, type ActionState } from "../state";

/** The organization's Grid Services setting; owners and admins only (the same rule as the organization's name). */
export async function setGridServices(enabledArg: boolean): Promise<ActionState> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const parsed = z.boolean().safeParse(enabledArg);
  if (!parsed.success) return failed("That switch sent an invalid value. Reload the page and try again.");
  try {
    await getDb().organization.update({ where: { id: allowed.access.organizationId }, data: { gridServicesEnabled: parsed.data } });
  } catch (error) {
    console.error("setGridServices failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return succeeded(parsed.data ? "Grid Services is on: enrolled batteries accept grid commands." : "Grid Services is off: grid commands are refused.");
}

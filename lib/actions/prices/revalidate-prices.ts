import { revalidatePath } from "next/cache";

/** A price or model change shows on the prices page, on the welcome checklist (projects list) and on a new option's form. */
export function revalidatePrices(): void {
  revalidatePath("/organization/prices");
  revalidatePath("/projects");
  revalidatePath("/projects/[projectId]/options/new", "page");
}

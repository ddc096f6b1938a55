import { getDb } from "../db/client";

/** An option reachable only through its own project's URL and only by that project's organization. */
export async function getOption(organizationId: string, projectId: string, optionId: string) {
  return getDb().option.findFirst({
    where: { id: optionId, projectId, project: { organizationId } },
    include: { project: true, programs: true, customIncentives: { orderBy: { createdAt: "asc" } } },
  });
}

export type OptionDetail = NonNullable<Awaited<ReturnType<typeof getOption>>>;

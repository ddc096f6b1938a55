import { getDb } from "../db/client";

export async function getOption(projectId: string, optionId: string) {
  const option = await getDb().option.findUnique({
    where: { id: optionId },
    include: { project: true, programs: true, customIncentives: { orderBy: { createdAt: "asc" } } },
  });
  // An option is only reachable through its own project's URL.
  return option && option.projectId === projectId ? option : null;
}

export type OptionDetail = NonNullable<Awaited<ReturnType<typeof getOption>>>;

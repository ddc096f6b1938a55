import { getDb } from "../db/client";

/** The organization's Grid Services switch: while it is off, grid commands are refused and nothing is enrolled by itself. */
export async function switchGridServices(organizationId: string, enabled: boolean): Promise<void> {
  await getDb().organization.update({ where: { id: organizationId }, data: { gridServicesEnabled: enabled }, select: { id: true } });
}

/**
 * Access checks for pages and route handlers. Signed-out visitors go to sign-in (proxy.ts already sends most of
 * them there with the page they wanted); members without the right role get the 403 page.
 */
import { forbidden, redirect } from "next/navigation";
import { allows, getAccess, type Access } from "./access";
import type { ActionOf, Resource } from "./roles";

export async function requireMember(): Promise<Access> {
  const result = await getAccess();
  if (result.kind === "signed-out") redirect("/sign-in");
  if (result.kind === "no-organization") redirect("/onboarding");
  return result.access;
}

export async function requirePermission<R extends Resource>(resource: R, action: ActionOf<R>): Promise<Access> {
  const access = await requireMember();
  if (!allows(access, resource, action)) forbidden();
  return access;
}

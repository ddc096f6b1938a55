"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "../../core/errors/domain-error";
import { reencodeLogo } from "../../server/branding/logo-image";
import { saveCompanyProfile as storeCompanyProfile, type LogoChange } from "../../server/data/company-profile";
import { LOGO_LIMITS_TEXT, MAX_LOGO_BYTES, ZCompanyProfileForm } from "../../validation/company-profile";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";

const notSaved = "Nothing was saved: some fields need attention.";

/**
 * The company profile and its logo, in one save; owners and admins only (the same rule as the organization's
 * other settings). A logo is decoded and re-encoded as PNG here, before anything is written: a file that is not a
 * PNG or JPEG within the limits refuses the whole save, with its reason beside the field.
 */
export async function saveCompanyProfile(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("saveCompanyProfile", async () => {
    const access = await authorize("organization", "update");
    const { removeLogo, ...fields } = parseForm(ZCompanyProfileForm, requireForm(formData), notSaved);
    const logo = await readLogo(formData, removeLogo);
    const changed = await storeCompanyProfile(access, fields, logo);
    revalidatePath("/organization");
    return succeeded(changed.length > 0 ? `Company profile saved (${changed.join(", ")}).` : "Company profile saved: nothing had changed.");
  });
}

/** The uploaded file, re-encoded as PNG, or what to do without one; a refused file throws its reason under "logo". */
async function readLogo(formData: FormData, removeLogo: boolean): Promise<LogoChange> {
  const file = formData.get("logo");
  // A form whose file input was left empty still posts an empty, nameless file: that keeps the logo.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return removeLogo ? { kind: "remove" } : { kind: "keep" };
  // The declared size is checked before the bytes are read; reencodeLogo checks the bytes themselves as well.
  const result = file.size > MAX_LOGO_BYTES ? oversize() : reencodeLogo(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) throw new DomainError("invalid", "Nothing was saved: the logo could not be used.", { logo: result.message });
  return { kind: "replace", png: result.png };
}

function oversize() {
  return { ok: false as const, message: `That file is larger than 1 MB: the logo must be ${LOGO_LIMITS_TEXT}.` };
}

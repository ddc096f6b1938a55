"use server";

import { revalidatePath } from "next/cache";
import { generateApiKey } from "../../api/keys";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject, requiredText } from "../../validation/fields";
import { z } from "zod";
import { authorize } from "../authorize";
import { parseId } from "../ids";
import { failed, invalid, type ActionState } from "../state";

export type ApiKeyCreated = ActionState & { key?: string };

const ZApiKeyForm = z.object({ name: requiredText("a name for the key", 80) });

/** A new key for the REST API, shown once: only the hash of its secret is stored. Owners and admins only. */
export async function createApiKey(_previous: ApiKeyCreated, formData: FormData): Promise<ApiKeyCreated> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const parsed = ZApiKeyForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "No key was created: check its name.");
  const generated = generateApiKey();
  try {
    await getDb().apiKey.create({
      data: { organizationId: allowed.access.organizationId, name: parsed.data.name, prefix: generated.prefix, secretHash: generated.secretHash, createdByName: allowed.access.userName },
    });
  } catch (error) {
    console.error("createApiKey failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Key created. Copy it now: it is not shown again.", fieldErrors: {}, key: generated.key };
}

/** Revokes a key of the organization at once; requests with it get 401 from then on. */
export async function revokeApiKey(keyIdArg: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const keyId = parseId(keyIdArg);
  if (!keyId) return failed("That key does not exist.");
  try {
    const { count } = await getDb().apiKey.updateMany({ where: { id: keyId, organizationId: allowed.access.organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return failed("That key was already revoked or does not exist.");
  } catch (error) {
    console.error("revokeApiKey failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Key revoked.", fieldErrors: {} };
}

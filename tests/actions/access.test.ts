/**
 * The access matrix of the server actions: every action in lib/actions, called with organization A's ids by
 *   - a signed-out visitor: refused with "sign in again", nothing written;
 *   - organization B's designer: told the row does not exist, nothing of A's in the answer, nothing written;
 *   - organization A's viewer: refused for every change ("your role... cannot change"), nothing written; reads work;
 *   - organization A's designer: the positive control, so a refusal above is about who asks, not a broken call
 *     (organization A's owner for the "manage" actions, which designers may not do either).
 * A test fails when an action is added to lib/actions without a row here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { signedOutMessage } from "@/lib/server/auth/access";
import { useTestDatabase } from "../support/test-database";
import { createProject } from "@/lib/actions/projects/create-project";
import { updateProject } from "@/lib/actions/projects/update-project";
import { deleteProject } from "@/lib/actions/projects/delete-project";
import { createOption } from "@/lib/actions/options/create-option";
import { updateOption } from "@/lib/actions/options/update-option";
import { deleteOption } from "@/lib/actions/options/delete-option";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { countProgramInstead } from "@/lib/actions/incentives/count-program-instead";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { deleteCustomIncentive } from "@/lib/actions/incentives/delete-custom-incentive";
import { previewProposal } from "@/lib/actions/incentives/preview-proposal";
import { inviteMember } from "@/lib/actions/organization/invite-member";
import { cancelInvitation } from "@/lib/actions/organization/cancel-invitation";
import { saveCompanyProfile } from "@/lib/actions/organization/save-company-profile";
import { ping } from "@/lib/actions/ping";
import { finalizeProposal } from "@/lib/actions/versions/finalize-proposal";
import { createShareLink, revokeShareLink } from "@/lib/actions/versions/share-links";
import { setGridServices } from "@/lib/actions/operations/grid-services";
import { createApiKey, revokeApiKey } from "@/lib/actions/operations/api-keys";
import { createWebhookDestination } from "@/lib/actions/webhooks/create-destination";
import { setWebhookDestinationEnabled } from "@/lib/actions/webhooks/set-destination-enabled";
import { sendWebhookTestEvent } from "@/lib/actions/webhooks/send-test-event";
import { retryWebhookDelivery } from "@/lib/actions/webhooks/retry-delivery";
import { addDevice } from "@/lib/actions/devices/add-device";
import { recordEnrollmentStep, requestEnrollment } from "@/lib/actions/devices/enrollment";
import { sendDeviceCommand } from "@/lib/actions/devices/send-command";
import { simulateStormGuard } from "@/lib/actions/devices/storm-guard";
import { createGridEvent } from "@/lib/actions/grid-events/create-grid-event";
import { createFinancingProduct } from "@/lib/actions/financing/create-financing-product";
import { reviseFinancingProduct } from "@/lib/actions/financing/revise-financing-product";
import { archiveFinancingProduct } from "@/lib/actions/financing/archive-financing-product";
import { offerFinancingProduct } from "@/lib/actions/financing/offer-financing-product";
import { offerTypedFinancing } from "@/lib/actions/financing/offer-typed-financing";
import { removeFinancingOffer } from "@/lib/actions/financing/remove-financing-offer";
import { setPreferredFinancing } from "@/lib/actions/financing/set-preferred-financing";
import { addBatteryModel } from "@/lib/actions/prices/add-battery-model";
import { addPriceAdder } from "@/lib/actions/prices/add-price-adder";
import { removeBatteryModel } from "@/lib/actions/prices/remove-battery-model";
import { removePriceAdder } from "@/lib/actions/prices/remove-price-adder";
import { savePriceList } from "@/lib/actions/prices/save-price-list";
import { addOrganizationTariff } from "@/lib/actions/usage-and-rates/add-organization-tariff";
import { clearUsageAndRates } from "@/lib/actions/usage-and-rates/clear-usage-and-rates";
import { deleteOrganizationTariff } from "@/lib/actions/usage-and-rates/delete-organization-tariff";
import { previewImport } from "@/lib/actions/usage-and-rates/preview-import";
import { saveUsageAndRates } from "@/lib/actions/usage-and-rates/save-usage-and-rates";
import { addSampleProject } from "@/lib/actions/welcome/add-sample-project";
import { dismissWelcome } from "@/lib/actions/welcome/dismiss-welcome";
import { createShareToken, hashShareToken } from "@/lib/proposal/share-tokens";
import { generateApiKey } from "@/lib/server/api/keys";
import {
  form,
  insertOption,
  insertProject,
  noState,
  ORG_A,
  people,
  RedirectSignal,
  sessionOf,
  snapshotTables as snapshotAppTables,
  testBackends,
  validOptionForm,
  validProjectForm,
  type PersonKey,
} from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
// Webhook destinations are resolved before they are stored (no network here): every name is a public address.
vi.mock("node:dns/promises", () => {
  const lookup = async () => [{ address: "93.184.216.34", family: 4 }];
  return { lookup, default: { lookup } };
});
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));

interface Ids {
  projectId: string;
  optionId: string;
  incentiveId: string;
  invitationId: string;
  versionId: string;
  linkId: string;
  apiKeyId: string;
  /** An active webhook destination of A's, and a delivery to it that failed for good. */
  webhookDestinationId: string;
  webhookDeliveryId: string;
  /** A simulated battery of A's project, not enrolled. */
  deviceId: string;
  /** A manual (Enphase) enrollment of A's, requested. */
  enrollmentId: string;
  /** A PG&E option of A's with ELRP (enabled first) and DSGS both on: DSGS can be chosen to count instead. */
  californiaProjectId: string;
  californiaOptionId: string;
  /** A current loan product of A's, and an offer of it on A's option. */
  financingProductId: string;
  financingOfferId: string;
  /** An adder on A's price list, and a battery model of A's own. */
  priceAdderId: string;
  batteryModelId: string;
  /** A URDB rate A's organization pasted. */
  organizationTariffId: string;
}

type Kind =
  /** Changes a project of the organization: designers and up. */
  | "write"
  /** Reads a project of the organization: any member. */
  | "read"
  /** Manages the organization itself (its people, its settings, its API keys): owners and admins. */
  | "manage";

interface Row {
  kind: Kind;
  call: (ids: Ids) => Promise<unknown>;
  /**
   * The change goes through better-auth's API, which reads its own session from a cookie this file does not send:
   * the owner's positive control below cannot succeed here (the refusals above are checked all the same).
   */
  throughBetterAuth?: true;
}

/** A loan product as the organization's financing page posts it. */
const validFinancingProductForm = {
  name: "GreenLend 25-year 6.99%",
  provider: "GreenLend",
  kind: "loan",
  aprPercent: "6.99",
  loanTermMonths: "300",
  dealerFeePercent: "0",
  downPayment: "0",
  paymentFrequency: "monthly",
  effectiveFrom: "2026-12-01",
  checkedOn: "2026-12-03",
};

/** A flat URDB rate as pasted from OpenEI: one period, one tier, every hour. */
const pastedUrdb = { name: "Muni flat", energyratestructure: [[{ rate: 0.21 }]], energyweekdayschedule: Array.from({ length: 12 }, () => Array(24).fill(0)), energyweekendschedule: Array.from({ length: 12 }, () => Array(24).fill(0)) };

/** The Usage and rates form with a plain hourly production file, as the page's preview posts it. */
function productionUpload(values: Record<string, string>): FormData {
  const data = form(values);
  data.set("productionFile", new File([Array.from({ length: 8760 }, () => "0.5").join("\n")], "hourly.csv", { type: "text/csv" }));
  return data;
}

const monthlyUsageForm = Object.fromEntries(Array.from({ length: 12 }, (_, month) => [`monthlyUsageKwh.${month}`, "700"]));

/** Every organization-scoped action, called as the page calls it. */
const matrix: Record<string, Row> = {
  "projects/create-project#createProject": { kind: "write", call: () => createProject(noState, form(validProjectForm)) },
  "projects/update-project#updateProject": { kind: "write", call: (ids) => updateProject(ids.projectId, noState, form({ ...validProjectForm, customerName: "Renamed" })) },
  "projects/delete-project#deleteProject": { kind: "write", call: (ids) => deleteProject(ids.projectId, noState, form({})) },
  "options/create-option#createOption": { kind: "write", call: (ids) => createOption(ids.projectId, noState, form(validOptionForm)) },
  "options/update-option#updateOption": { kind: "write", call: (ids) => updateOption(ids.projectId, ids.optionId, noState, form({ ...validOptionForm, name: "Renamed", version: 1 })) },
  "options/delete-option#deleteOption": { kind: "write", call: (ids) => deleteOption(ids.projectId, ids.optionId, noState, form({})) },
  "incentives/set-program-enabled#setProgramEnabled": { kind: "write", call: (ids) => setProgramEnabled(ids.projectId, ids.optionId, "ct-ess", true) },
  "incentives/count-program-instead#countProgramInstead": {
    kind: "write",
    call: (ids) => countProgramInstead(ids.californiaProjectId, ids.californiaOptionId, "dsgs", noState, form({})),
  },
  "incentives/save-program-inputs#saveProgramInputs": { kind: "write", call: (ids) => saveProgramInputs(ids.projectId, ids.optionId, "ct-ess", noState, form({ customerTier: "low-income" })) },
  "incentives/save-custom-incentive#saveCustomIncentive": {
    kind: "write",
    call: (ids) => saveCustomIncentive(ids.projectId, ids.optionId, ids.incentiveId, noState, form({ name: "Changed rebate", kind: "upfront", basis: "fixed", amountCents: "900" })),
  },
  "incentives/delete-custom-incentive#deleteCustomIncentive": { kind: "write", call: (ids) => deleteCustomIncentive(ids.projectId, ids.optionId, ids.incentiveId, noState, form({})) },
  "incentives/preview-proposal#previewProposal": { kind: "read", call: (ids) => previewProposal(ids.projectId, ids.optionId, { enabledPrograms: { "ct-ess": true }, participation: "expected" }) },
  "organization/invite-member#inviteMember": { kind: "manage", throughBetterAuth: true, call: () => inviteMember(noState, form({ email: "newcomer@a.test", role: "viewer" })) },
  "organization/cancel-invitation#cancelInvitation": { kind: "manage", throughBetterAuth: true, call: (ids) => cancelInvitation(ids.invitationId, noState, form({})) },
  "organization/save-company-profile#saveCompanyProfile": {
    kind: "manage",
    call: () => saveCompanyProfile(noState, form({ phone: "(203) 555-0142", brandColor: "#0f6b66", validityDays: "30", terms: "Secret terms of A" })),
  },
  "ping#ping": { kind: "read", call: () => ping() },
  "versions/finalize-proposal#finalizeProposal": { kind: "write", call: (ids) => finalizeProposal(ids.projectId, ids.optionId, noState, form({})) },
  "versions/share-links#createShareLink": { kind: "write", call: (ids) => createShareLink(ids.projectId, ids.versionId, noState, form({ expiresInDays: "30" })) },
  "versions/share-links#revokeShareLink": { kind: "write", call: (ids) => revokeShareLink(ids.projectId, ids.linkId, noState, form({})) },
  "operations/grid-services#setGridServices": { kind: "manage", call: () => setGridServices(true) },
  "operations/api-keys#createApiKey": { kind: "manage", call: () => createApiKey(noState, form({ name: "Monitoring integration" })) },
  "operations/api-keys#revokeApiKey": { kind: "manage", call: (ids) => revokeApiKey(ids.apiKeyId, noState, form({})) },
  "webhooks/create-destination#createWebhookDestination": { kind: "manage", call: () => createWebhookDestination(noState, form({ url: "https://hooks.example.com/gridfolio" })) },
  "webhooks/set-destination-enabled#setWebhookDestinationEnabled": { kind: "manage", call: (ids) => setWebhookDestinationEnabled(ids.webhookDestinationId, false, noState, form({})) },
  "webhooks/send-test-event#sendWebhookTestEvent": { kind: "manage", call: (ids) => sendWebhookTestEvent(ids.webhookDestinationId, noState, form({})) },
  "webhooks/retry-delivery#retryWebhookDelivery": { kind: "manage", call: (ids) => retryWebhookDelivery(ids.webhookDeliveryId, noState, form({})) },
  "devices/add-device#addDevice": {
    kind: "write",
    call: (ids) => addDevice(ids.projectId, noState, form({ manufacturer: "Gridfolio Simulator", model: "Sim 13", serialNumber: "SIM-NEW-1", capacityKwh: "13.5", powerKw: "5", backupReservePercent: "20" })),
  },
  "devices/enrollment#requestEnrollment": { kind: "write", call: (ids) => requestEnrollment(ids.deviceId, noState, form({ programId: "ct-ess" })) },
  "devices/enrollment#recordEnrollmentStep": { kind: "write", call: (ids) => recordEnrollmentStep(ids.enrollmentId, noState, form({ step: "start_testing" })) },
  "devices/send-command#sendDeviceCommand": { kind: "write", call: (ids) => sendDeviceCommand(ids.deviceId, noState, form({ action: "self_consumption", startsInMinutes: "0", durationMinutes: "30" })) },
  "devices/storm-guard#simulateStormGuard": { kind: "write", call: (ids) => simulateStormGuard(ids.deviceId, true, noState, form({})) },
  "grid-events/create-grid-event#createGridEvent": { kind: "manage", call: () => createGridEvent(noState, form({ programId: "ct-ess", startsInMinutes: "1", durationMinutes: "60" })) },
  "financing/create-financing-product#createFinancingProduct": { kind: "manage", call: () => createFinancingProduct(noState, form(validFinancingProductForm)) },
  "financing/revise-financing-product#reviseFinancingProduct": {
    kind: "manage",
    call: (ids) => reviseFinancingProduct(ids.financingProductId, noState, form({ ...validFinancingProductForm, aprPercent: "5.99" })),
  },
  "financing/archive-financing-product#archiveFinancingProduct": { kind: "manage", call: (ids) => archiveFinancingProduct(ids.financingProductId, noState, form({})) },
  "financing/offer-financing-product#offerFinancingProduct": { kind: "write", call: (ids) => offerFinancingProduct(ids.projectId, ids.optionId, noState, form({ productId: ids.financingProductId, label: "" })) },
  "financing/offer-typed-financing#offerTypedFinancing": {
    kind: "write",
    call: (ids) => offerTypedFinancing(ids.projectId, ids.optionId, noState, form({ label: "Lease quote", kind: "lease", leaseMonthlyPayment: "145", leaseEscalatorPercent: "2.9", leaseTermMonths: "240" })),
  },
  "financing/remove-financing-offer#removeFinancingOffer": { kind: "write", call: (ids) => removeFinancingOffer(ids.projectId, ids.optionId, ids.financingOfferId, noState, form({})) },
  "financing/set-preferred-financing#setPreferredFinancing": { kind: "write", call: (ids) => setPreferredFinancing(ids.projectId, ids.optionId, ids.financingOfferId, noState, form({})) },
  "prices/save-price-list#savePriceList": { kind: "manage", call: () => savePriceList(noState, form({ solarCentsPerWatt: "2.90", batteryUnitCents: "12000" })) },
  "prices/add-price-adder#addPriceAdder": { kind: "manage", call: () => addPriceAdder(noState, form({ name: "Critter guard", amountCents: "450", isDefaultOn: "on" })) },
  "prices/remove-price-adder#removePriceAdder": { kind: "manage", call: (ids) => removePriceAdder(ids.priceAdderId, noState, form({})) },
  "prices/add-battery-model#addBatteryModel": {
    kind: "manage",
    call: () => addBatteryModel(noState, form({ manufacturer: "Acme Storage", model: "Home 12", usableKwh: "12", continuousKw: "6", roundTripEfficiencyPercent: "90", warrantyYears: "10" })),
  },
  "prices/remove-battery-model#removeBatteryModel": { kind: "manage", call: (ids) => removeBatteryModel(ids.batteryModelId, noState, form({})) },
  "usage-and-rates/preview-import#previewImport": { kind: "write", call: (ids) => previewImport(ids.projectId, ids.optionId, noState, productionUpload({ kind: "production", productionFormat: "hourly-csv" })) },
  "usage-and-rates/save-usage-and-rates#saveUsageAndRates": {
    kind: "write",
    call: (ids) => saveUsageAndRates(ids.projectId, ids.optionId, noState, form({ version: "1", usageSource: "monthly", ...monthlyUsageForm, productionSource: "design", tariff: "flat", flatDollarsPerKwh: "0.30" })),
  },
  "usage-and-rates/clear-usage-and-rates#clearUsageAndRates": { kind: "write", call: (ids) => clearUsageAndRates(ids.projectId, ids.optionId, noState, form({ version: "1" })) },
  "usage-and-rates/add-organization-tariff#addOrganizationTariff": { kind: "manage", call: () => addOrganizationTariff(noState, form({ name: "Muni flat", utility: "Concord Municipal Light Plant", state: "MA", urdb: JSON.stringify(pastedUrdb) })) },
  "usage-and-rates/delete-organization-tariff#deleteOrganizationTariff": { kind: "manage", call: (ids) => deleteOrganizationTariff(ids.organizationTariffId, noState, form({})) },
  "welcome/add-sample-project#addSampleProject": { kind: "manage", call: () => addSampleProject(noState, form({})) },
  "welcome/dismiss-welcome#dismissWelcome": { kind: "manage", call: () => dismissWelcome(noState, form({})) },
};

/**
 * Actions that are open to signed-out visitors by nature, and why each cannot reach an organization's data.
 * They are tested in tests/actions/fuzz.test.ts, tests/actions/versions.test.ts and e2e/accounts.spec.ts.
 */
const publicActions: Record<string, string> = {
  "account/sign-in#signIn": "checks a password; answers the same for every wrong one",
  "account/sign-up#signUp": "creates an account that belongs to no organization; answers a taken address like a new one",
  "account/sign-out#signOut": "ends the caller's own session",
  "account/request-password-reset#requestPasswordReset": "answers the same whether or not the address has an account",
  "account/reset-password#resetPassword": "needs the secret token from the reset mail",
  "organization/create-organization#createOrganization": "creates a new, empty organization owned by the caller",
  "organization/accept-invitation#acceptInvitation": "only the account the invitation was sent to (its address confirmed, with a mail server); tests/security",
  // Tested in tests/actions/versions.test.ts and fuzzed in tests/actions/fuzz.test.ts.
  "versions/accept-proposal#acceptProposal": "needs the unguessable token of a customer link; can only accept that one version",
};

/**
 * The app tables of tests/support (organizations among them, with their Grid Services setting), plus the proposal
 * versions and their customer links, the API keys, the devices with their enrollments and commands, and the
 * company profiles.
 */
async function snapshotTables(db: PrismaClient) {
  const [app, versions, shareLinks, apiKeys, devices, enrollments, commands, gridEvents] = await Promise.all([
    snapshotAppTables(db),
    db.proposalVersion.findMany({ orderBy: { id: "asc" } }),
    db.shareLink.findMany({ orderBy: { id: "asc" } }),
    db.apiKey.findMany({ orderBy: { id: "asc" } }),
    db.device.findMany({ orderBy: { id: "asc" } }),
    db.deviceEnrollment.findMany({ orderBy: { id: "asc" } }),
    db.deviceCommand.findMany({ orderBy: { id: "asc" } }),
    db.gridEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  const [webhookDestinations, webhookDeliveries, companyProfiles, financingProducts, financingOffers] = await Promise.all([
    db.webhookDestination.findMany({ orderBy: { id: "asc" } }),
    db.webhookDelivery.findMany({ orderBy: { id: "asc" } }),
    db.companyProfile.findMany({ orderBy: { id: "asc" } }),
    db.financingProduct.findMany({ orderBy: { id: "asc" } }),
    db.optionFinancing.findMany({ orderBy: { id: "asc" } }),
  ]);
  const [priceLists, batteryPrices, priceAdders, batteryModels, organizationTariffs] = await Promise.all([
    db.priceList.findMany({ orderBy: { id: "asc" } }),
    db.batteryPrice.findMany({ orderBy: { id: "asc" } }),
    db.priceAdder.findMany({ orderBy: { id: "asc" } }),
    db.customBatteryModel.findMany({ orderBy: { id: "asc" } }),
    db.organizationTariff.findMany({ orderBy: { id: "asc" } }),
  ]);
  return {
    ...app,
    versions,
    shareLinks,
    apiKeys,
    devices,
    enrollments,
    commands,
    gridEvents,
    webhookDestinations,
    webhookDeliveries,
    companyProfiles,
    financingProducts,
    financingOffers,
    priceLists,
    batteryPrices,
    priceAdders,
    batteryModels,
    organizationTariffs,
  };
}

function listServerActions(): string[] {
  const root = path.resolve("lib/actions");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const source = readFileSync(full, "utf8");
        if (!source.startsWith('"use server"')) continue;
        const name = path.relative(root, full).replace(/\.ts$/, "");
        for (const match of source.matchAll(/export async function (\w+)/g)) found.push(`${name}#${match[1]}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The answer of a refused call: an ActionState, a preview answer, or ping's null. */
async function refusal(run: Promise<unknown>): Promise<string | null> {
  let result: unknown;
  try {
    result = await run;
  } catch (error) {
    if (error instanceof RedirectSignal) throw new Error(`expected a refusal, but the action succeeded and redirected to ${error.url}`);
    throw error;
  }
  if (result === null) return null;
  const answer = result as { ok?: boolean; message?: string };
  expect(answer.ok, `expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`).toBe(false);
  return answer.message ?? "";
}

async function succeeds(run: Promise<unknown>): Promise<boolean> {
  try {
    const result = (await run) as { ok?: boolean } | number | null;
    return typeof result === "number" || (result !== null && result.ok === true);
  } catch (error) {
    if (error instanceof RedirectSignal) return true;
    throw error;
  }
}

test("every server action in lib/actions has a row in the access matrix or is listed as public with a reason", () => {
  const listed = [...Object.keys(matrix), ...Object.keys(publicActions)].sort();
  expect(listServerActions()).toEqual(listed);
});

describe.each(testBackends)("the action access matrix on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  async function arrangeOrganizationA(): Promise<Ids> {
    const project = await insertProject(db, { customerName: "Secret Customer of A" });
    const option = await insertOption(db, project.id, { name: "Secret option of A" });
    await db.enabledProgram.create({ data: { optionId: option.id, programId: "ct-ess", enabled: false, inputs: {} } });
    const incentive = await db.customIncentive.create({ data: { optionId: option.id, name: "Town rebate", kind: "upfront", amountCents: 50_000 } });
    const invitation = await db.invitation.create({
      data: { id: "invitation-a", organizationId: people.ownerA.organizationId, email: "pending@a.test", role: "viewer", status: "pending", expiresAt: new Date(Date.now() + 86_400_000), inviterId: people.ownerA.userId },
    });
    // A finalized version of the option with an active customer link (rows written directly, as the actions would).
    const version = await db.proposalVersion.create({
      data: { organizationId: people.ownerA.organizationId, projectId: project.id, optionId: option.id, optionName: "Secret option of A", number: 1, snapshot: { format: 1 }, finalizedById: people.ownerA.userId, finalizedByName: people.ownerA.name },
    });
    const link = await db.shareLink.create({ data: { versionId: version.id, tokenHash: hashShareToken(createShareToken()), createdByName: people.ownerA.name } });
    // An active API key (only its prefix and hash are stored, as createApiKey would).
    const { prefix, secretHash } = generateApiKey();
    const apiKey = await db.apiKey.create({ data: { organizationId: ORG_A, name: "Secret key of A", prefix, secretHash, createdByName: people.ownerA.name } });
    // A webhook destination with a delivery that failed for good (rows written directly, as the worker would leave them).
    const webhookDestination = await db.webhookDestination.create({ data: { organizationId: ORG_A, url: "https://secret-receiver-of-a.example/hooks", secret: "whsec_secret-of-a", createdByName: people.ownerA.name } });
    const webhookDelivery = await db.webhookDelivery.create({
      data: { organizationId: ORG_A, destinationId: webhookDestination.id, eventType: "command.status_changed", idempotencyKey: "whk_a", body: "{}", status: "failed", attempts: 8, nextAttemptAt: new Date(), lastError: "HTTP 500" },
    });
    // Grid Services on, a simulated battery and an Enphase battery whose manual enrollment was requested.
    await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    const device = await db.device.create({ data: { organizationId: ORG_A, projectId: project.id, manufacturer: "Gridfolio Simulator", model: "Sim 10", serialNumber: "SIM-A-1", capacityKwh: 10, powerKw: 5, backupReservePercent: 20 } });
    const enphase = await db.device.create({ data: { organizationId: ORG_A, projectId: project.id, manufacturer: "Enphase", model: "IQ 5P", serialNumber: "ENP-A-1", capacityKwh: 5, powerKw: 3.84 } });
    const enrollment = await db.deviceEnrollment.create({
      data: { deviceId: enphase.id, programId: "ct-ess", mode: "manual", status: "requested", history: [{ status: "requested", at: new Date().toISOString(), reason: null }] },
    });
    const california = await insertProject(db, { customerName: "Secret Californian of A", state: "CA", utility: "PG&E", tariff: "NEM2" });
    const californiaOption = await insertOption(db, california.id, { name: "Secret California option of A" });
    await db.enabledProgram.create({ data: { optionId: californiaOption.id, programId: "elrp", enabled: true, inputs: {}, enabledAt: new Date("2026-01-01T00:00:00Z") } });
    await db.enabledProgram.create({ data: { optionId: californiaOption.id, programId: "dsgs", enabled: true, inputs: {}, enabledAt: new Date("2026-01-02T00:00:00Z") } });
    const loanTerms = { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } };
    const financingProduct = await db.financingProduct.create({
      data: { organizationId: ORG_A, name: "Secret loan of A", provider: "GreenLend", kind: "loan", terms: loanTerms, effectiveFrom: new Date("2026-12-01"), checkedOn: new Date("2026-12-03") },
    });
    const financingOffer = await db.optionFinancing.create({ data: { optionId: option.id, productId: financingProduct.id, label: "Secret loan of A", choice: loanTerms } });
    const priceAdder = await db.priceAdder.create({ data: { organizationId: ORG_A, name: "Secret adder of A", amountCents: 45_000, isDefaultOn: true } });
    const batteryModel = await db.customBatteryModel.create({
      data: { organizationId: ORG_A, manufacturer: "Secret Storage", model: "of A", usableKwh: 12, continuousKw: 6, roundTripEfficiencyPercent: 90, warrantyYears: 10 },
    });
    const organizationTariff = await db.organizationTariff.create({ data: { organizationId: ORG_A, name: "Secret rate of A", urdb: pastedUrdb } });
    return {
      organizationTariffId: organizationTariff.id,
      priceAdderId: priceAdder.id,
      batteryModelId: batteryModel.id,
      financingProductId: financingProduct.id,
      financingOfferId: financingOffer.id,
      californiaProjectId: california.id,
      californiaOptionId: californiaOption.id,
      projectId: project.id,
      optionId: option.id,
      incentiveId: incentive.id,
      invitationId: invitation.id,
      versionId: version.id,
      linkId: link.id,
      apiKeyId: apiKey.id,
      webhookDestinationId: webhookDestination.id,
      webhookDeliveryId: webhookDelivery.id,
      deviceId: device.id,
      enrollmentId: enrollment.id,
    };
  }

  const rows = Object.entries(matrix);

  test.each(rows)("%s: a signed-out visitor is refused and nothing changes", async (_name, row) => {
    const ids = await arrangeOrganizationA();
    const before = await snapshotTables(db);
    session.current = null;
    const message = await refusal(row.call(ids));
    if (message !== null) expect(message).toBe(signedOutMessage);
    expect(await snapshotTables(db)).toEqual(before);
  });

  test.each(rows)("%s: organization B's designer finds nothing of A and changes nothing", async (_name, row) => {
    const ids = await arrangeOrganizationA();
    const before = await snapshotTables(db);
    session.current = sessionOf("designerB");
    let answer: unknown;
    try {
      answer = await row.call(ids);
    } catch (error) {
      // Creating a project or inviting someone acts on B's own organization; that is allowed, and not A's data.
      if (!(error instanceof RedirectSignal)) throw error;
      answer = { redirectedTo: error.url };
    }
    const text = JSON.stringify(answer);
    expect(text).not.toContain("Secret Customer of A");
    expect(text).not.toContain("Secret option of A");
    expect(text).not.toContain("Secret key of A");
    expect(text).not.toContain("secret-receiver-of-a");
    expect(text).not.toContain("Secret loan of A");
    const after = await snapshotTables(db);
    // Nothing of A's changed, whatever B's own rows did.
    const ofA = (snapshot: typeof before) => ({
      projects: snapshot.projects.filter((project) => project.organizationId === people.ownerA.organizationId),
      options: snapshot.options,
      enabledPrograms: snapshot.enabledPrograms,
      customIncentives: snapshot.customIncentives,
      auditEvents: snapshot.auditEvents.filter((event) => event.organizationId === people.ownerA.organizationId),
      invitations: snapshot.invitations.filter((invitation) => invitation.organizationId === people.ownerA.organizationId),
      members: snapshot.members.filter((member) => member.organizationId === people.ownerA.organizationId),
      versions: snapshot.versions.filter((version) => version.organizationId === people.ownerA.organizationId),
      shareLinks: snapshot.shareLinks,
      organization: snapshot.organizations.filter((organization) => organization.id === ORG_A),
      apiKeys: snapshot.apiKeys.filter((apiKey) => apiKey.organizationId === ORG_A),
      webhookDestinations: snapshot.webhookDestinations.filter((destination) => destination.organizationId === ORG_A),
      webhookDeliveries: snapshot.webhookDeliveries.filter((delivery) => delivery.organizationId === ORG_A),
      devices: snapshot.devices.filter((device) => device.organizationId === ORG_A),
      enrollments: snapshot.enrollments,
      commands: snapshot.commands.filter((command) => command.organizationId === ORG_A),
      gridEvents: snapshot.gridEvents.filter((event) => event.organizationId === ORG_A),
      companyProfiles: snapshot.companyProfiles.filter((profile) => profile.organizationId === ORG_A),
      financingProducts: snapshot.financingProducts.filter((product) => product.organizationId === ORG_A),
      financingOffers: snapshot.financingOffers,
      priceLists: snapshot.priceLists.filter((list) => list.organizationId === ORG_A),
      batteryPrices: snapshot.batteryPrices.filter((price) => price.organizationId === ORG_A),
      priceAdders: snapshot.priceAdders.filter((adder) => adder.organizationId === ORG_A),
      batteryModels: snapshot.batteryModels.filter((model) => model.organizationId === ORG_A),
      organizationTariffs: snapshot.organizationTariffs.filter((tariff) => tariff.organizationId === ORG_A),
    });
    expect(ofA(after)).toEqual(ofA(before));
    if (row.kind !== "manage" && !_name.startsWith("projects/create-project") && !_name.startsWith("ping")) {
      expect((answer as { ok?: boolean }).ok, `B must not reach A's row through ${_name}`).toBe(false);
    }
  });

  test.each(rows)("%s: A's viewer may read but not change", async (_name, row) => {
    const ids = await arrangeOrganizationA();
    const before = await snapshotTables(db);
    session.current = sessionOf("viewerA");
    if (row.kind === "read") {
      expect(await succeeds(row.call(ids))).toBe(true);
    } else {
      const message = await refusal(row.call(ids));
      expect(message).toMatch(row.kind === "manage" ? /^Your role in Alpha Solar \(Viewer\) cannot manage the organization: only its owners and admins can/ : /^Your role in Alpha Solar \(Viewer\) can read projects but not change them/);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  test.each(rows.filter(([, row]) => row.kind !== "manage"))("%s: A's designer may (the positive control)", async (_name, row) => {
    const ids = await arrangeOrganizationA();
    session.current = sessionOf("designerA" satisfies PersonKey);
    expect(await succeeds(row.call(ids))).toBe(true);
  });

  test.each(rows.filter(([, row]) => row.kind === "manage" && !row.throughBetterAuth))("%s: A's owner may (the positive control for owners' and admins' actions)", async (_name, row) => {
    const ids = await arrangeOrganizationA();
    session.current = sessionOf("ownerA" satisfies PersonKey);
    expect(await succeeds(row.call(ids))).toBe(true);
  });
});

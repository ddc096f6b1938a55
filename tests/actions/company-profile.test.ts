/**
 * The company profile (saveCompanyProfile) against a real database (the embedded PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set): the fields an owner or admin saves with its audit row, and the logo upload:
 *   - a PNG is stored re-encoded (its text chunk, where metadata hides, is gone); a JPEG is stored as a PNG;
 *   - SVG, a renamed GIF, a truncated PNG, an image over 2000 px and a file over 1 MB are refused beside the
 *     field, and nothing changes (not the other fields either);
 *   - designers and viewers are refused; a save in A never touches B's profile;
 *   - finalizing a version takes its validity from the profile.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, test, vi } from "vitest";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { saveCompanyProfile } from "@/lib/actions/organization/save-company-profile";
import { finalizeProposal } from "@/lib/actions/versions/finalize-proposal";
import { findCompanyBrand, findCompanyLogo } from "@/lib/server/data/company-profile";
import type { ActionState } from "@/lib/actions/state";
import { useTestDatabase } from "../support/test-database";
import { form, insertOption, insertProject, noState, ORG_A, ORG_B, sessionOf, testBackends, type PersonKey } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const validProfile = {
  displayName: "Alpha Solar & Storage",
  phone: "(203) 555-0142",
  email: "sales@alpha.example.com",
  website: "alpha.example.com",
  address: "1 Main Street\nNew Haven, CT",
  licenseNumbers: "HIC.0654321",
  about: "",
  terms: "Net 30.",
  warrantyText: "25 years.",
  brandColor: "#1E3A8A",
  validityDays: "14",
};

/** A small PNG with a tEXt chunk (where a file can carry anything) before its image data. */
function pngWithText(width = 8, height = 4): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(180);
  const plain = PNG.sync.write(image);
  const text = Buffer.from("Comment\0secret-payload");
  const chunk = Buffer.alloc(12 + text.length);
  chunk.writeUInt32BE(text.length, 0);
  chunk.write("tEXt", 4, "latin1");
  text.copy(chunk, 8);
  // pngjs checks CRCs: the chunk needs a correct one (CRC-32 of type and data).
  chunk.writeUInt32BE(crc32(Buffer.concat([Buffer.from("tEXt"), text])), 8 + text.length);
  // After the signature (8 bytes) and IHDR (25 bytes).
  return Buffer.concat([plain.subarray(0, 33), chunk, plain.subarray(33)]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function jpegImage(width = 16, height = 16): Buffer {
  return Buffer.from(jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 120) }, 80).data);
}

/** A PNG whose header says 3000 × 10 (its pixels compress to almost nothing). */
function widePng(): Buffer {
  const image = new PNG({ width: 3000, height: 10 });
  return PNG.sync.write(image);
}

function profileForm(values: Record<string, string> = validProfile, logo?: { bytes: Uint8Array; name: string; type: string }): FormData {
  const data = form(values);
  if (logo) data.set("logo", new File([Uint8Array.from(logo.bytes)], logo.name, { type: logo.type }));
  return data;
}

function expectRefusedLogo(state: ActionState, pattern: RegExp) {
  expect(state.ok).toBe(false);
  expect(state.message).toBe("Nothing was saved: the logo could not be used.");
  expect(state.fieldErrors.logo).toMatch(pattern);
}

describe.each(testBackends)("the company profile on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  async function profileRows() {
    return db.companyProfile.findMany({ orderBy: { organizationId: "asc" } });
  }

  async function save(who: PersonKey, data: FormData) {
    session.current = sessionOf(who);
    return saveCompanyProfile(noState, data);
  }

  test("an owner saves the profile: stored as read by the schema, with an audit row naming what changed", async () => {
    const state = await save("ownerA", profileForm());
    expect(state).toMatchObject({ ok: true });
    const [row] = await profileRows();
    expect(row).toMatchObject({ organizationId: ORG_A, phone: "(203) 555-0142", website: "https://alpha.example.com/", brandColor: "#1e3a8a", validityDays: 14, about: null, logo: null, logoVersion: 0 });
    const audit = await db.auditEvent.findMany({ where: { organizationId: ORG_A } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "organization.profile_updated", projectId: null, actorName: "Olivia Owner" });
    expect(audit[0]!.summary).toContain("phone");
    // The brand the customer pages read: the chosen name, and the colour (readable under white text) kept.
    expect(await findCompanyBrand(ORG_A)).toMatchObject({ name: "Alpha Solar & Storage", color: "#1e3a8a", logoUrl: null });
  });

  test("an admin may save it too; saving the same values again writes no audit row", async () => {
    expect((await save("adminA", profileForm())).ok).toBe(true);
    expect((await save("adminA", profileForm())).message).toBe("Company profile saved: nothing had changed.");
    expect(await db.auditEvent.count({ where: { organizationId: ORG_A } })).toBe(1);
  });

  test("a refused field keeps everything as it was and says which field", async () => {
    await save("ownerA", profileForm());
    const before = await profileRows();
    const state = await save("ownerA", profileForm({ ...validProfile, phone: "(555) 010-0199", validityDays: "400" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.validityDays).toMatch(/365/);
    expect(await profileRows()).toEqual(before);
  });

  test("a PNG is stored re-encoded, without its text chunk, and its version is bumped", async () => {
    const upload = pngWithText();
    expect(upload.includes("secret-payload")).toBe(true);
    const state = await save("ownerA", profileForm(validProfile, { bytes: upload, name: "logo.png", type: "image/png" }));
    expect(state.ok).toBe(true);
    const logo = await findCompanyLogo(ORG_A);
    expect(logo?.version).toBe(1);
    const stored = Buffer.from(logo!.png);
    expect(stored.includes("secret-payload")).toBe(false);
    const decoded = PNG.sync.read(stored);
    expect([decoded.width, decoded.height]).toEqual([8, 4]);
    expect((await findCompanyBrand(ORG_A)).logoUrl).toBe(`/brand/${ORG_A}/logo?v=1`);
  });

  test("a JPEG is stored as a PNG", async () => {
    expect((await save("ownerA", profileForm(validProfile, { bytes: jpegImage(), name: "logo.jpg", type: "image/jpeg" }))).ok).toBe(true);
    const stored = Buffer.from((await findCompanyLogo(ORG_A))!.png);
    expect([...stored.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(PNG.sync.read(stored).width).toBe(16);
  });

  test.each([
    { label: "an SVG", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: "logo.svg", type: "image/svg+xml", message: /not a PNG or JPEG/ },
    { label: "a GIF renamed .png", bytes: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), name: "logo.png", type: "image/png", message: /not a PNG or JPEG/ },
    { label: "a truncated PNG", bytes: pngWithText(40, 40).subarray(0, 80), name: "logo.png", type: "image/png", message: /damaged or incomplete/ },
    { label: "a PNG over 2000 pixels wide", bytes: widePng(), name: "logo.png", type: "image/png", message: /3000 × 10 pixels/ },
    // Random bytes after a PNG signature: over the 1 MB limit, refused before anything is decoded.
    { label: "a file over 1 MB", bytes: Buffer.concat([pngWithText(), Buffer.alloc(1_000_001)]), name: "logo.png", type: "image/png", message: /larger than 1 MB/ },
    { label: "a file with deflate data but no PNG signature", bytes: deflateSync(Buffer.alloc(100)), name: "logo.png", type: "image/png", message: /not a PNG or JPEG/ },
  ])("$label is refused beside the field and nothing changes", async ({ bytes, name, type, message }) => {
    await save("ownerA", profileForm(validProfile, { bytes: pngWithText(), name: "first.png", type: "image/png" }));
    const before = await profileRows();
    const auditBefore = await db.auditEvent.count();
    const state = await save("ownerA", profileForm({ ...validProfile, phone: "(860) 555-0100" }, { bytes, name, type }));
    expectRefusedLogo(state, message);
    expect(await profileRows()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  test("removing the logo clears it and bumps the version; leaving the file empty keeps it", async () => {
    await save("ownerA", profileForm(validProfile, { bytes: pngWithText(), name: "logo.png", type: "image/png" }));
    // The browser posts an empty, nameless file when none was chosen.
    expect((await save("ownerA", profileForm(validProfile, { bytes: new Uint8Array(), name: "", type: "application/octet-stream" }))).ok).toBe(true);
    expect((await findCompanyLogo(ORG_A))?.version).toBe(1);
    expect((await save("ownerA", profileForm({ ...validProfile, removeLogo: "on" }))).ok).toBe(true);
    expect(await findCompanyLogo(ORG_A)).toBeNull();
    expect((await profileRows())[0]!.logoVersion).toBe(2);
  });

  test.each(["designerA", "viewerA"] as const)("%s is refused and nothing is written", async (who) => {
    const state = await save(who, profileForm(validProfile, { bytes: pngWithText(), name: "logo.png", type: "image/png" }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/cannot manage the organization/);
    expect(await profileRows()).toEqual([]);
    expect(await db.auditEvent.count()).toBe(0);
  });

  test("a save in A never touches B's profile", async () => {
    await db.companyProfile.create({ data: { organizationId: ORG_B, phone: "(111) 555-0000" } });
    await save("ownerA", profileForm());
    const rows = await profileRows();
    expect(rows.find((row) => row.organizationId === ORG_B)?.phone).toBe("(111) 555-0000");
  });

  test("a version finalized after the save is valid for the profile's days", async () => {
    await save("ownerA", profileForm({ ...validProfile, validityDays: "10" }));
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    session.current = sessionOf("designerA");
    const started = Date.now();
    const state = await finalizeProposal(project.id, option.id, noState, form({})).catch((error: unknown) => error);
    void state;
    const version = await db.proposalVersion.findFirstOrThrow({ where: { optionId: option.id } });
    const days = (version.validUntil!.getTime() - started) / 86_400_000;
    expect(days).toBeGreaterThan(9.99);
    expect(days).toBeLessThan(10.01);
  });
});

/**
 * The signed proposal on paper: a customer accepts with a drawn signature (a refused submission keeps the typed name
 * and the drawing), then both PDFs, the installer's (members' route) and the customer's (their link's route), carry
 * the acceptance certificate: the signer's name, the time in their time zone and the document's SHA-256
 * fingerprint, read back with pdftotext. The customer's route answers 409 before acceptance, and 404 for a token it
 * does not know, however malformed. PDFs are kept in artifacts/pdf/signed/ to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { pdfPagesText, pdfToPngs } from "./support/pdf";

const project = "demo-project-ma-national-grid";
const signer = "Rosa Delgado-Whitman";
// Not the server's zone (UTC) nor the project's (Eastern): the certificate must show the signer's own.
const signerTimeZone = "America/Chicago";
const folder = "artifacts/pdf/signed";

/** The certificate as pdftotext reads it, whitespace as one space; and with no whitespace, for the long fingerprint. */
function certificateText(file: string) {
  const text = pdfPagesText(file).join(" ");
  return { text: text.replace(/\s+/g, " "), compact: text.replace(/\s+/g, "") };
}

/** Draws on the pad until the form has the strokes: a stroke drawn before the page has hydrated reaches no pad. */
async function drawSignature(page: Page) {
  const pad = page.getByRole("img", { name: "Your signature" });
  await expect(async () => {
    await page.getByRole("button", { name: "Clear signature" }).click();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 90);
    await page.mouse.down();
    for (const [dx, dy] of [[70, 50], [110, 120], [160, 60], [220, 130], [290, 70]] as const) await page.mouse.move(box.x + dx, box.y + dy, { steps: 4 });
    await page.mouse.up();
    await expect(page.locator('input[name="signature"]')).toHaveValue(/^\[\[\[/, { timeout: 1_000 });
  }).toPass();
}

test("a drawn signature and its certificate print on the installer's and the customer's PDF", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  // The installer finalizes a version and creates a customer link.
  await page.goto(`/projects/${project}`);
  await page.getByRole("link", { name: /^Proposal for / }).first().click();
  await expect(page.getByRole("heading", { name: "Pricing" })).toBeVisible();
  await page.getByRole("button", { name: "Finalize version" }).click();
  await expect(page.getByRole("heading", { name: /^Version \d+: frozen$/ })).toBeVisible();
  const versionUrl = page.url();
  await page.getByRole("button", { name: "Create customer link" }).click();
  const link = (await page.getByLabel("Customer link").inputValue()).replace(/^https?:\/\/[^/]+/, baseURL!);
  const token = new URL(link).pathname.split("/").at(-1)!;

  const customer = await browser.newContext({ storageState: { cookies: [], origins: [] }, timezoneId: signerTimeZone });
  const customerPage = await customer.newPage();

  // Nothing signed yet: the customer's PDF route says so instead of printing an unsigned copy.
  expect((await customer.request.get(`/share/${token}/pdf`)).status()).toBe(409);

  await customerPage.goto(link);
  const acceptButton = customerPage.getByRole("button", { name: "Accept and sign" });
  // A refused submission (the box not ticked) keeps the typed name and the drawn signature.
  await customerPage.getByLabel("Your full name").fill(signer);
  await drawSignature(customerPage);
  const strokes = await customerPage.locator('input[name="signature"]').inputValue();
  await acceptButton.click();
  await expect(customerPage.getByText("Tick the box to confirm you accept this proposal.")).toBeVisible();
  await expect(customerPage.getByLabel("Your full name")).toHaveValue(signer);
  await expect(customerPage.locator('input[name="signature"]')).toHaveValue(strokes);
  // Accepted without drawing again.
  await customerPage.getByLabel(/I accept this proposal/).check();
  await acceptButton.click();
  await expect(customerPage.getByText("Proposal accepted")).toBeVisible();

  // Opened again: the certificate, the signature, and the download of the signed copy.
  await customerPage.reload();
  await expect(customerPage.getByRole("heading", { name: "Acceptance certificate" })).toBeVisible();
  await expect(customerPage.getByRole("img", { name: `Signature of ${signer}` })).toBeVisible();
  await expect(customerPage.getByText(`(${signerTimeZone})`)).toBeVisible();
  const fingerprint = /SHA-256 ([0-9a-f]{64})/.exec((await customerPage.getByText(/^SHA-256 [0-9a-f]{64}$/).textContent())!)![1]!;
  await expectAccessible(customerPage);
  await keepScreenshot(customerPage, "shared-proposal-signed");

  const expectCertificate = (file: string) => {
    const { text, compact } = certificateText(file);
    expect(text).toContain("Acceptance certificate");
    expect(text).toContain(`Signed by ${signer}`);
    // The time with its zone: the abbreviation (CST or CDT) and the zone's name.
    expect(text).toMatch(new RegExp(`\\d{1,2}:\\d\\d [AP]M C[SD]T \\(${signerTimeZone}\\)`));
    expect(compact).toContain(`SHA-256${fingerprint}`);
    // Only what is printed: the customer's buttons and next steps stay on the screen.
    expect(text).not.toContain("Download your signed proposal");
    expect(text).not.toContain("Accept and sign");
  };

  // The customer's signed PDF, downloaded with the button on their page.
  const downloading = customerPage.waitForEvent("download");
  await customerPage.getByRole("button", { name: "Download your signed proposal (US Letter)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/ - signed proposal v\d+\.pdf$/);
  const customerFile = `${folder}/customer.pdf`;
  await download.saveAs(customerFile);
  expectCertificate(customerFile);
  pdfToPngs(customerFile, `${folder}/customer-page`);

  // A4 from the same route.
  const a4 = await customer.request.get(`/share/${token}/pdf?paper=a4`);
  expect(a4.status()).toBe(200);
  writeFileSync(`${folder}/customer-a4.pdf`, await a4.body());
  expect(execFileSync("pdfinfo", [`${folder}/customer-a4.pdf`], { encoding: "utf8" })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  expectCertificate(`${folder}/customer-a4.pdf`);

  // The installer's PDF of the same version.
  const member = await page.request.get(`${versionUrl}/pdf`);
  expect(member.status()).toBe(200);
  const memberFile = `${folder}/installer.pdf`;
  writeFileSync(memberFile, await member.body());
  expectCertificate(memberFile);
  await page.reload();
  await expect(page.getByRole("link", { name: "See the signed certificate" })).toHaveAttribute("href", "#acceptance-certificate");
  await expect(page.getByRole("heading", { name: "Acceptance certificate" })).toBeVisible();

  // Tokens the route does not know: a 404, never a 500, whatever their shape.
  for (const unknown of ["A".repeat(43), "not-a-token", "x".repeat(300), "%E2%80%AE", "..%2F..%2Fapi%2Fhealth"]) {
    const response = await customer.request.get(`/share/${unknown}/pdf`);
    expect(response.status(), unknown).toBe(404);
  }
  await customer.close();
});

/**
 * Frozen proposal versions end to end: finalize from the proposal, download the PDF (checked with pdftotext, its
 * pages kept as PNG), share a read-only customer link, the customer accepts, the installer sees it; a revoked link
 * and a random token open nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "demo-project-ma-national-grid";

test("finalize, PDF, share, accept, revoke", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto(`/projects/${project}`);
  const customerName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("link", { name: /^Proposal for / }).first().click();
  await expect(page.getByRole("heading", { name: "Pricing" })).toBeVisible();
  const netPrice = (await page.getByTestId("net-price").textContent())?.trim();
  await page.getByRole("button", { name: "Finalize version" }).click();

  await expect(page.getByRole("heading", { name: /^Version \d+: frozen$/ })).toBeVisible();
  const number = Number(/Version (\d+)/.exec((await page.getByRole("heading", { name: /^Version \d+: frozen$/ }).textContent())!)![1]);
  await expect(page.getByRole("heading", { level: 1, name: /^Solar and battery proposal for / })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "proposal-version");
  const versionUrl = page.url();

  // The PDF: real pages, with the same figures as the page.
  const pdf = await page.request.get(`${versionUrl}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  mkdirSync("artifacts/pdf", { recursive: true });
  writeFileSync("artifacts/pdf/proposal.pdf", await pdf.body());
  // Whitespace as one space: a long title may wrap onto a second line of the printed page.
  const text = execFileSync("pdftotext", ["-layout", "artifacts/pdf/proposal.pdf", "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Solar and battery proposal for");
  expect(text).toContain("Sunrise Solar (demo)");
  expect(text).toContain(customerName);
  expect(number).toBeGreaterThanOrEqual(1);
  expect(text).toContain(netPrice!);
  expect(text).toContain("Program rules and payments are set by utilities");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", ["artifacts/pdf/proposal.pdf"], { encoding: "utf8" }))![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  execFileSync("pdftoppm", ["-png", "-r", "60", "artifacts/pdf/proposal.pdf", "artifacts/pdf/proposal-page"]);

  // A customer link, opened signed out.
  await page.getByRole("button", { name: "Create customer link" }).click();
  const link = await page.getByLabel("Customer link").inputValue();
  expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  const customer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const customerPage = await customer.newPage();
  const shared = await customerPage.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
  expect(shared?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(customerPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(customerPage.getByTestId("net-price")).toHaveText(netPrice!);
  // Nothing else of the organization: no navigation into its projects.
  await expect(customerPage.getByRole("link", { name: /Manage incentives|Edit/ })).toHaveCount(0);
  await expectAccessible(customerPage);
  await keepScreenshot(customerPage, "shared-proposal");

  const acceptButton = customerPage.getByRole("button", { name: "Accept and sign" });
  await acceptButton.click();
  await expect(customerPage.getByText("Enter your full name.")).toBeVisible();
  // A refused submission keeps what the customer typed.
  await customerPage.getByLabel("Your full name").fill("Kevin O'Brien");
  await acceptButton.click();
  await expect(customerPage.getByText("Tick the box to confirm you accept this proposal.")).toBeVisible();
  await expect(customerPage.getByLabel("Your full name")).toHaveValue("Kevin O'Brien");
  // Confirmed but neither drawn nor signed with the typed name: the signature is asked for.
  await customerPage.getByLabel(/I accept this proposal/).check();
  await acceptButton.click();
  await expect(customerPage.getByText("Draw your signature in the box, or tick “Sign with my typed name”.")).toBeVisible();
  // Draw a signature with the mouse.
  const pad = customerPage.getByRole("img", { name: "Your signature" });
  const box = (await pad.boundingBox())!;
  await customerPage.mouse.move(box.x + 30, box.y + 80);
  await customerPage.mouse.down();
  for (const [dx, dy] of [[60, 40], [100, 100], [140, 50], [200, 110], [260, 60]]) await customerPage.mouse.move(box.x + dx!, box.y + dy!, { steps: 4 });
  await customerPage.mouse.up();
  await expect(customerPage.getByLabel(/I accept this proposal/)).toBeChecked();
  await acceptButton.click();
  await expect(customerPage.getByText("Proposal accepted")).toBeVisible();
  await expect(customerPage.getByText("What happens next")).toBeVisible();
  await expectAccessible(customerPage);
  // Opened again: the certificate with the drawn signature, the signer, the time and the document's fingerprint.
  await customerPage.reload();
  await expect(customerPage.getByRole("heading", { name: "Acceptance certificate" })).toBeVisible();
  await expect(customerPage.getByRole("img", { name: "Signature of Kevin O'Brien" })).toBeVisible();
  await expect(customerPage.getByText(/^SHA-256 [0-9a-f]{64}$/)).toBeVisible();
  await expect(acceptButton).toHaveCount(0);
  await keepScreenshot(customerPage, "shared-proposal-accepted");

  await page.goto(`/projects/${project}`);
  await expect(page.getByText(/accepted by Kevin O'Brien/)).toBeVisible();
  // Sold: the after-sale tools (batteries, enrollments, commands) now sit under the options, collapsed.
  await expect(page.locator("#after-sale").getByRole("heading", { name: "After the sale" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Show after-sale tools" })).toHaveCount(0);
  await expect(page.getByText("Accepted", { exact: true }).first()).toBeVisible();

  // Revoked: the link opens nothing; random tokens never did.
  await page.goto(versionUrl);
  await page.getByRole("button", { name: /^Revoke the link/ }).first().click();
  // The list is rendered again: the link now reads "revoked" and has no button.
  await expect(page.getByText(/· revoked$/).first()).toBeVisible();
  expect((await customerPage.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!)))?.status()).toBe(404);
  for (const token of ["A".repeat(43), "not-a-token", "x".repeat(200)]) expect((await customerPage.goto(`/share/${token}`))?.status()).toBe(404);
  await customer.close();
});

/**
 * The organization's Grid Services setting and API keys in the browser, and the REST API with a key made there.
 */
import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

test("an owner switches Grid Services, creates an API key, uses it, and revokes it", async ({ page, playwright, baseURL }) => {
  await page.goto("/organization/integrations");
  const gridServices = page.getByRole("switch", { name: "Grid Services" });
  const wasOn = (await gridServices.getAttribute("aria-checked")) === "true";
  await gridServices.click();
  await expect(page.getByText(wasOn ? "Grid Services is off: grid commands are refused." : "Grid Services is on: enrolled batteries accept grid commands.")).toBeVisible();

  await page.getByLabel("Key name").fill("Dispatch system");
  await page.getByRole("button", { name: "Create API key" }).click();
  const key = await page.getByLabel("New key").inputValue();
  expect(key).toMatch(/^gfk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  await keepScreenshot(page, "organization-operations");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const openapi = await api.get("/api/v1/openapi.json");
  expect((await openapi.json()).paths).toHaveProperty("/api/v1/commands");
  const command = { deviceId: "cm0000000000000000000000", action: "idle", startAt: new Date(Date.now() + 3_600_000).toISOString(), endAt: new Date(Date.now() + 7_200_000).toISOString() };
  const unknownDevice = await api.post("/api/v1/commands", { data: command });
  expect(unknownDevice.status()).toBe(404);
  expect((await unknownDevice.json()).error.code).toBe("device_not_found");

  await page.reload();
  await page.getByRole("listitem").filter({ hasText: "Dispatch system" }).first().getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText(/· revoked /).first()).toBeVisible();
  expect((await api.post("/api/v1/commands", { data: command })).status()).toBe(401);
  await api.dispose();
});

import { expect, test as setup } from "@playwright/test";
import { signInAs } from "./support/accounts";

setup("sign in as the demo owner", async ({ page }) => {
  await signInAs(page, "demo@gridfolio.test");
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.context().storageState({ path: "test-results/.auth/demo-owner.json" });
});

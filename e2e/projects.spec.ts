import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";

test.describe("projects and options", () => {
  test("the projects list searches, filters and paginates the demo projects", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    expect(await rows.count()).toBeGreaterThan(8);
    await expectAccessible(page);
    await keepScreenshot(page, "projects-list");

    await page.getByLabel("State").selectOption("CT");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/state=CT/);
    for (const cell of await page.getByRole("table").getByRole("row").locator("td:nth-child(2)").allTextContents()) {
      expect(cell).toContain(", CT ");
    }

    await page.getByLabel("Search").fill("zzzz-no-such-customer");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("heading", { name: "No projects match" })).toBeVisible();
  });

  test("create a project: errors beside the fields, then the saved project", async ({ page }) => {
    await page.goto("/projects/new");
    await expectAccessible(page);
    await keepScreenshot(page, "project-new");

    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByText("Enter the customer's name.")).toBeVisible();
    await expect(page.getByText("Enter a 5-digit ZIP code (or ZIP+4).")).toBeVisible();
    await expect(page.getByLabel("Customer name")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Phone").focus();
    await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
    await page.getByLabel("Email").fill("avery@example.com");
    await fillProjectForm(page, { customerName: "Avery Test-Customer", street: "12 Elm Street", city: "Hartford", state: "CT", zip: "06105", utility: "Eversource", tariff: "other" });
    await page.getByRole("button", { name: "Create project" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Avery Test-Customer" })).toBeVisible();
    await expect(page.getByText("12 Elm Street, Hartford, CT 06105").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "No options yet" })).toBeVisible();

    // Before a sale the page is about options and proposals: no battery operations until a version is accepted.
    await expect(page.getByRole("heading", { name: "After the sale" })).toBeVisible();
    await expect(page.getByText("Add a battery", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add battery" })).toHaveCount(0);
    await expect(page.getByLabel("Manufacturer")).toHaveCount(0);

    // On request they appear; a real customer's battery is never preset to the simulator.
    await page.getByRole("link", { name: "Show after-sale tools" }).click();
    const afterSale = page.locator("#after-sale");
    await expect(afterSale.getByText("Shown on request: no proposal has been accepted yet.")).toBeVisible();
    await afterSale.getByText("Add a battery", { exact: true }).click();
    await expect(afterSale.getByLabel("Manufacturer")).toHaveValue("");
    await expect(afterSale.getByLabel("Manufacturer").locator("option").first()).toHaveText("Choose…");
    await expectAccessible(page);
    await keepScreenshot(page, "project-after-sale-on-request");
    await afterSale.getByRole("link", { name: "Hide after-sale tools" }).click();
    await expect(page.getByRole("link", { name: "Show after-sale tools" })).toBeVisible();
    await expect(page.getByLabel("Manufacturer")).toHaveCount(0);
  });

  test("add an option, see validation errors, edit it, then delete it with confirmation", async ({ page }) => {
    await page.goto("/projects?q=Avery%20Test-Customer");
    await page.getByRole("link", { name: "Avery Test-Customer" }).first().click();
    await page.getByRole("link", { name: "Add the first option" }).click();
    await expectAccessible(page);
    await keepScreenshot(page, "option-new");

    await page.getByLabel("Option name").fill("Option A — 8 kW + Powerwall 3");
    await page.getByLabel("PV size").fill("8");
    await page.getByLabel("Annual production").fill("9600");
    await page.getByLabel("Battery model").fill("Tesla Powerwall 3");
    await page.getByLabel("Capacity per battery").fill("13.5");
    await page.getByLabel("Rated power per battery").fill("-5");
    await page.getByLabel("Battery count").fill("1");
    await page.getByLabel("Solar ($)").fill("24,000");
    await page.getByLabel("Battery ($)").fill("15000");
    await page.getByLabel("Year-1 bill savings").fill("2100");
    await page.getByRole("button", { name: "Create option" }).click();
    await expect(page.getByText("Battery power cannot be less than 0 kW.")).toBeVisible();
    await expect(page).toHaveURL(/options\/new$/);

    await page.getByLabel("Rated power per battery").fill("11.5");
    await page.getByRole("button", { name: "Create option" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Option created." })).toBeVisible();
    await keepScreenshot(page, "option-editor");
    await expectAccessible(page);

    await page.getByLabel("Other costs").fill("1250.50");
    await page.getByRole("button", { name: "Save option" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Option saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Other costs")).toHaveValue("1250.50");

    await page.getByRole("link", { name: /Avery Test-Customer/ }).first().click();
    // The card rounds to whole dollars; with no incentive the gross price is also the net cost.
    await expect(page.getByText("$40,251")).toHaveCount(2);
    await keepScreenshot(page, "project-page");
    await expectAccessible(page);

    await page.getByRole("link", { name: /Edit Option A/ }).click();
    await page.getByRole("button", { name: "Delete option" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("cannot be undone");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Delete option" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete option" }).click();
    await expect(page.getByText("The option was deleted.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "No options yet" })).toBeVisible();
  });

  test("edit a project and delete it with confirmation", async ({ page }) => {
    await page.goto("/projects?q=Avery%20Test-Customer");
    await page.getByRole("link", { name: "Avery Test-Customer" }).first().click();
    await page.getByRole("link", { name: "Edit project" }).click();
    await expectAccessible(page);
    await keepScreenshot(page, "project-edit");
    await page.getByLabel("ZIP").fill("6105");
    await page.getByRole("button", { name: "Save project" }).click();
    await expect(page.getByText("Enter a 5-digit ZIP code (or ZIP+4).")).toBeVisible();
    await page.getByLabel("ZIP").fill("06106");
    await page.getByRole("button", { name: "Save project" }).click();
    await expect(page.getByText("12 Elm Street, Hartford, CT 06106").first()).toBeVisible();

    await page.getByRole("button", { name: "Delete project" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete project" }).click();
    await expect(page.getByText("The project was deleted.")).toBeVisible();
    await page.goto("/projects?q=Avery%20Test-Customer");
    await expect(page.getByRole("heading", { name: "No projects match" })).toBeVisible();
  });

  test("unknown ids show the not-found page", async ({ page }) => {
    for (const path of ["/projects/no-such-project", "/projects/no-such-project/edit", "/projects/x/options/y", "/projects/not%20an%20id!"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    }
    await expectAccessible(page);
    await keepScreenshot(page, "not-found");
  });

  test("the layout holds on a tablet", async ({ page }) => {
    await page.setViewportSize({ width: 820, height: 1180 });
    const option = "/projects/demo-project-ct-eversource/options/demo-option-ct-eversource-a";
    for (const [path, name] of [["/projects", "projects-tablet"], [`${option}/incentives`, "incentives-tablet"], [`${option}/proposal`, "proposal-tablet"]] as const) {
      await page.goto(path);
      // Wide tables scroll inside their own box; the page itself never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await keepScreenshot(page, name);
    }
  });
});

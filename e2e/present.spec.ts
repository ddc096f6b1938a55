/**
 * Present mode in a sales meeting: programs, the homeowner's answers and participation tried live (the figures, the
 * payments and the chart move; nothing is saved), the presenter's keys, and the page on a tablet and a phone with axe.
 * Viewport screenshots of each part are kept (artifacts/screenshots/present-*.png): the page scrolls inside its own
 * full-screen layer, which a full-page screenshot would not follow.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot, keepViewportScreenshot } from "./support/checks";
import { dollarsOf, yearsOf } from "./support/model";

// Option B of the Connecticut demo: CT-ESS is enabled in the seed (standard tier, not Grid Edge) and no other spec changes it.
const option = "/projects/demo-project-ct-eversource/options/demo-option-ct-eversource-b";
const present = `${option}/present`;

const figure = (page: Page, key: string) => page.getByTestId(`present-${key}`).locator("dd").first();
const netPrice = async (page: Page) => dollarsOf(await figure(page, "net-price").innerText());
const participation = (page: Page, level: string) => page.getByRole("group", { name: "How often the battery joins grid events" }).getByRole("button", { name: new RegExp(`^${level}`) });
const status = (page: Page) => page.getByTestId("present-status");
const payments = (page: Page) => page.getByTestId("present-payments-ct-ess");

/** Waits for the answer to a change: the status line says what was updated. */
async function updated(page: Page, said: string) {
  await expect(status(page)).toHaveText(`Figures updated: ${said}.`);
  await expect(page.getByTestId("present-net-price").locator("..")).not.toHaveAttribute("aria-busy", "true");
}

test("presentation mode: flipping a program moves the figures live and saves nothing", async ({ page }) => {
  await page.goto(`${option}/proposal`);
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ctEss = page.getByRole("button", { name: /Energy Storage Solutions/ });
  await expect(ctEss).toHaveAttribute("aria-pressed", "true");
  const netWith = await netPrice(page);
  const paybackWith = yearsOf(await figure(page, "payback").innerText())!;
  // The proposal document's own sentence (lib/proposal/grid-services-payments.ts), with the years.
  await expect(payments(page)).toContainText(/pays you (about )?\$[\d,]+ .*year 5, then \$[\d,]+ .*year 10\./);
  // The year's bill before and after, with what holding the battery for CT-ESS's events does to it.
  const bills = page.getByTestId("present-bills");
  await expect(bills).toContainText("Your bills this year, without solar");
  await expect(bills).toContainText(/Grid Services events/);
  await expectAccessible(page);
  await keepScreenshot(page, "presentation");

  await ctEss.click();
  await expect(ctEss).toHaveAttribute("aria-pressed", "false");
  await expect(figure(page, "net-price")).not.toHaveText(`$${netWith.toLocaleString("en-US")}`);
  expect(await netPrice(page)).toBeGreaterThan(netWith);
  expect(yearsOf(await figure(page, "payback").innerText())!).toBeGreaterThan(paybackWith);
  await expect(page.getByText("No Grid Services program is counted: the figures are the bill savings alone.")).toBeVisible();
  await expect(bills).not.toContainText(/Grid Services events/);

  // Nothing was saved: the program is still enabled on the option.
  await page.goto(`${option}/incentives`);
  await expect(page.getByTestId("program-ct-ess").getByRole("switch")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("upfront-ct-ess")).toBeVisible();
});

test("the homeowner's answers and participation move the figures, the payments and the chart; a reload shows what is saved", async ({ page }) => {
  await page.goto(present);
  const gridEdge = page.getByRole("switch", { name: /Grid Edge customer/ });
  const tier = page.getByLabel(/Customer tier/);
  await expect(gridEdge).toHaveAttribute("aria-checked", "false");
  await expect(tier).toHaveValue("standard");
  await expect(participation(page, "Expected")).toHaveAttribute("aria-pressed", "true");
  const savedNet = await netPrice(page);
  const savedPayments = (await payments(page).textContent())!;
  const savedChart = await page.getByTestId("present-cash-flow-summary").innerText();

  // Grid Edge raises the CT-ESS upfront ($30 → $130 per kWh today): a lower net price, a lower start to the chart.
  await gridEdge.click();
  await updated(page, "Grid Edge customer: yes");
  await expect(gridEdge).toHaveAttribute("aria-checked", "true");
  expect(await netPrice(page)).toBeLessThan(savedNet);
  await expect(page.getByTestId("present-cash-flow-summary")).not.toHaveText(savedChart);

  await tier.selectOption("low-income");
  await updated(page, "Customer tier: Low income");
  await expect(tier).toHaveValue("low-income");

  // High participation: the battery is counted in every event, so the program pays more each year.
  await participation(page, "High").click();
  await updated(page, "high participation");
  await expect(participation(page, "High")).toHaveAttribute("aria-pressed", "true");
  await expect(payments(page)).not.toHaveText(savedPayments);
  await keepScreenshot(page, "presentation-answered");

  // Nothing was saved: a reload shows the stored proposal.
  await page.reload();
  await expect(page.getByRole("switch", { name: /Grid Edge customer/ })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByLabel(/Customer tier/)).toHaveValue("standard");
  await expect(participation(page, "Expected")).toHaveAttribute("aria-pressed", "true");
  expect(await netPrice(page)).toBe(savedNet);
  await expect(payments(page)).toHaveText(savedPayments);
});

test("the presenter's keys: 1 2 3 participation, G Grid Services, arrows between sections, ? the list; none while a field has focus", async ({ page }) => {
  await page.goto(present);
  const ctEss = page.getByRole("button", { name: /Energy Storage Solutions/ });
  await expect(page.getByText("Press ? for the presenter's keyboard shortcuts.")).toBeVisible();

  await page.keyboard.press("3");
  await updated(page, "high participation");
  await expect(participation(page, "High")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("1");
  await updated(page, "low participation");
  await expect(participation(page, "Low")).toHaveAttribute("aria-pressed", "true");

  const netWith = await netPrice(page);
  await page.keyboard.press("g");
  await updated(page, "Grid Services off");
  await expect(ctEss).toHaveAttribute("aria-pressed", "false");
  expect(await netPrice(page)).toBeGreaterThan(netWith);
  await page.keyboard.press("G");
  await updated(page, "Grid Services on");
  await expect(ctEss).toHaveAttribute("aria-pressed", "true");
  expect(await netPrice(page)).toBe(netWith);

  // From the top of the page, → starts with the figures, then walks the sections.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "The figures" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "What Grid Services pays you" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Your electric bill, before and after" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Cash flow with and without Grid Services" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Cash flow with and without Grid Services" })).toBeInViewport();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { name: "Your electric bill, before and after" })).toBeFocused();

  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await expect(help).toContainText("Low, expected or high event participation");
  // While the list is open the other keys do nothing.
  await page.keyboard.press("3");
  await page.keyboard.press("?");
  await expect(help).toBeHidden();
  await expect(participation(page, "Low")).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: /Shortcuts/ }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // A list with focus keeps its keys: "2" and "g" there are not shortcuts.
  await page.getByLabel(/Customer tier/).focus();
  await page.keyboard.press("2");
  await page.keyboard.press("g");
  await expect(participation(page, "Low")).toHaveAttribute("aria-pressed", "true");
  await expect(ctEss).toHaveAttribute("aria-pressed", "true");
  await expect(status(page)).toHaveText("Figures updated: Grid Services on.");
});

for (const device of [
  { name: "tablet", viewport: { width: 820, height: 1180 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
]) {
  test.describe(`${device.name}, ${device.viewport.width} × ${device.viewport.height}`, () => {
    test.use({ viewport: device.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });

    test("large figures that fit the screen, accessible, each part kept as a screenshot", async ({ page }) => {
      await page.goto(present);
      await expect(figure(page, "net-price")).toBeVisible();
      // The page scrolls inside its full-screen layer: nothing in it may be wider than the screen.
      const widths = await page.evaluate(() => {
        const layer = document.querySelector("h1")!.closest<HTMLElement>("div.fixed")!;
        return { scroll: layer.scrollWidth, client: layer.clientWidth };
      });
      expect(widths.scroll, "present mode scrolls sideways").toBeLessThanOrEqual(widths.client);
      const size = await figure(page, "net-price").evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size, "the headline figures are large type").toBeGreaterThanOrEqual(36);
      await expectAccessible(page);
      await keepViewportScreenshot(page, `present-${device.name}-1-figures`);

      for (const [index, heading] of ["Your answers", "What Grid Services pays you", "Your electric bill, before and after", "Cash flow with and without Grid Services"].entries()) {
        await page.getByRole("link", { name: heading }).click();
        await expect(page.getByRole("heading", { name: heading })).toBeInViewport();
        await keepViewportScreenshot(page, `present-${device.name}-${index + 2}`);
      }

      await page.getByRole("button", { name: /Shortcuts/ }).click();
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      await expectAccessible(page);
      await keepViewportScreenshot(page, `present-${device.name}-shortcuts`);
    });
  });
}

/**
 * A benchmark's signed-in installer: signs in as the demo owner through the sign-in page, as a person would, and
 * hands back the session cookie for plain HTTP requests and the browser context for the steps that need a page.
 */
import type { Browser, BrowserContext } from "playwright-core";

export async function signInAsDemoOwner(browser: Browser, base: string): Promise<{ context: BrowserContext; cookie: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill("demo@gridfolio.test");
  await page.getByLabel("Password").fill("gridfolio-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/projects/);
  await page.close();
  const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  return { context, cookie };
}

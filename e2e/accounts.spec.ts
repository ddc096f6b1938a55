/**
 * Accounts, organizations and roles in the browser: a new installer signs up, creates an organization and a
 * project, invites a colleague as viewer (the invitation arrives in the outbox), and the viewer can read but not
 * change anything. Other organizations see nothing of it.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs, signOut, signUpAndSignIn } from "./support/accounts";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";

test.use({ storageState: { cookies: [], origins: [] } });

const run = Date.now().toString(36);
const founder = { name: "Maya Okafor", email: `maya.${run}@brightsun.test`, password: "sunny-roofs-2026" };
const colleague = { name: "Sam Reyes", email: `sam.${run}@brightsun.test`, password: "battery-backup-9" };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test("a signed-out visitor is sent to sign in, then back to the page they asked for", async ({ page }) => {
  await page.goto("/projects/demo-project-ct-eversource");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprojects%2Fdemo-project-ct-eversource/);
  await expectAccessible(page);
  await keepScreenshot(page, "sign-in");

  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await page.getByLabel("Email").fill("demo@gridfolio.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

  await page.getByLabel("Password").fill("gridfolio-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects\/demo-project-ct-eversource$/);
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
});

test("sign up, create an organization and a project, invite a viewer who can read but not edit", async ({ page, browser }) => {
  // 1. A new installer signs up and creates their organization.
  await page.goto("/sign-up");
  await expectAccessible(page);
  await keepScreenshot(page, "sign-up");
  await page.getByLabel("Your name").fill(founder.name);
  await page.getByLabel("Work email").fill(founder.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await signUpAndSignIn(page, founder);

  await expect(page.getByRole("heading", { name: `Welcome, ${founder.name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Company name").fill("Brightsun Solar");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Brightsun Solar/ })).toBeVisible();
  // A new organization starts empty: none of the demo organization's projects.
  await expect(page.getByText("Mark and Jennifer Kowalski")).toHaveCount(0);

  // 2. They create a project.
  await page.goto("/projects/new");
  await fillProjectForm(page, { customerName: "Priya Natarajan", street: "4 Harbor Lane", city: "Mystic", state: "CT", zip: "06355", utility: "Eversource" });
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Natarajan" })).toBeVisible();
  const projectUrl = new URL(page.url()).pathname;
  await expect(page.getByText(`${founder.name} created the project for Priya Natarajan.`)).toBeVisible();

  // 3. They invite a colleague as viewer; without a mail server the invitation lands in the outbox.
  await page.getByRole("link", { name: /Brightsun Solar/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brightsun Solar" })).toBeVisible();
  await page.getByLabel("Email").fill(colleague.email);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invited ${colleague.email} as viewer. The email is in the outbox: pass its link on to them.`)).toBeVisible();
  await expect(page.getByText(colleague.email).first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "organization");
  // The company part holds no developer tools; those are under Integrations, for owners and admins.
  await expect(page.getByRole("heading", { name: "API keys" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Integrations" }).click();
  await expect(page).toHaveURL(/\/organization\/integrations$/);
  await expect(page.getByRole("switch", { name: "Grid Services" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Webhook deliveries" })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "organization-integrations");

  // 4. Without a mail server, the founder reads the invitation in the outbox (theirs to pass on); a signed-out
  //    visitor, like the colleague, finds no outbox at all.
  await page.goto("/outbox");
  await expectAccessible(page);
  const mail = page.getByRole("article").filter({ hasText: `To ${colleague.email}` });
  await expect(mail.getByRole("heading", { name: `${founder.name} invited you to Brightsun Solar on Gridfolio` })).toBeVisible();
  await keepScreenshot(page, "outbox");
  const invitationLink = (await mail.getByRole("link").getAttribute("href"))!;
  const viewer = await newPage(browser);
  expect((await viewer.goto("/outbox"))?.status()).toBe(404);

  // 5. The colleague opens the link they were given, creates an account, signs in and joins.
  await viewer.goto(invitationLink);
  await expect(viewer.getByRole("heading", { name: "Join Brightsun Solar" })).toBeVisible();
  await expectAccessible(viewer);
  await viewer.getByRole("link", { name: "Create an account" }).click();
  await expect(viewer.getByLabel("Work email")).toHaveValue(colleague.email);
  await signUpAndSignIn(viewer, colleague);
  await expect(viewer.getByRole("heading", { name: "Join Brightsun Solar" })).toBeVisible();
  await viewer.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();

  // 6. The viewer reads the project but has no way to change it, and edit pages answer 403.
  await viewer.getByRole("link", { name: "Priya Natarajan" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: "Priya Natarajan" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Edit project" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Delete project" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Add option" })).toHaveCount(0);
  await expectAccessible(viewer);
  await keepScreenshot(viewer, "project-as-viewer");
  const edit = await viewer.goto(`${projectUrl}/edit`);
  expect(edit?.status()).toBe(403);
  await expect(viewer.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  expect((await viewer.goto("/projects/new"))?.status()).toBe(403);
  // Integrations (Grid Services, API keys, webhooks) are for owners and admins: no tab, and 403 at the address.
  await viewer.goto("/organization");
  await expect(viewer.getByRole("heading", { level: 1, name: "Brightsun Solar" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Integrations" })).toHaveCount(0);
  expect((await viewer.goto("/organization/integrations"))?.status()).toBe(403);
  await expect(viewer.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  await signOut(viewer);
  await viewer.context().close();

  // 7. Another organization (the demo one) finds nothing at this project's address.
  await signOut(page);
  await signInAs(page, "demo@gridfolio.test");
  const foreign = await page.goto(projectUrl);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByText("Priya Natarajan")).toHaveCount(0);
});

test("password reset through the outbox, only for its own signed-in reader: the old password stops working", async ({ page }) => {
  const email = `reset.${run}@brightsun.test`;
  await page.goto("/sign-up");
  await signUpAndSignIn(page, { name: "Riley Forgetful", email, password: "first-password-1" });
  await expect(page.getByRole("heading", { name: "Welcome, Riley Forgetful" })).toBeVisible();
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveTitle(/Reset your password/);
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("If an account uses that address, a reset link is on its way.")).toBeVisible();

  // Signed out, nobody reads it here (issue #14's takeover: request anyone's reset, read it in the outbox).
  expect((await page.goto("/outbox"))?.status()).toBe(404);
  // Another member does not see it either.
  await signInAs(page, "demo@gridfolio.test");
  await page.goto("/outbox");
  await expect(page.getByRole("article").filter({ hasText: `To ${email}` })).toHaveCount(0);
  await signOut(page);

  // Its owner, signed in on this machine, does (a demo without a mail server; with SMTP_URL it is emailed).
  await signInAs(page, email, "first-password-1");
  await page.goto("/outbox");
  const mail = page.getByRole("article").filter({ hasText: `To ${email}` }).filter({ hasText: "Reset your Gridfolio password" }).first();
  await mail.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("New password, again").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("first-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.getByLabel("Password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // No organization yet: straight to creating one.
  await expect(page.getByRole("heading", { name: "Welcome, Riley Forgetful" })).toBeVisible();
});

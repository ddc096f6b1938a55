/**
 * The access matrix of every page and route handler, over HTTP against the production server:
 *   - a signed-out visitor is sent to sign in (pages) or refused (files), except on the public pages;
 *   - a member of another organization gets 404 for the demo organization's ids, with none of its data;
 *   - the demo organization's viewer reads, and gets 403 on every page that edits;
 *   - the demo owner opens everything (the positive control).
 * The list of routes is read from app/, so a new page without a row here fails the first test.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signInAs, signUpAndSignIn } from "./support/accounts";

test.use({ storageState: { cookies: [], origins: [] } });

const project = "demo-project-ct-eversource";
const option = "demo-option-ct-eversource-a";
const version = "demo-version-ct-eversource-a-1";
const demoCustomer = "Mark and Jennifer Kowalski";

/** "api": the REST API, authenticated by organization API keys, never by a session (tests/api covers the keys). */
type Access = "public" | "read" | "write" | "api";

/** Every route of app/, with a URL for the demo organization's rows and what it needs. */
const routes: Record<string, { url: string; access: Access; method?: "POST" }> = {
  "/": { url: "/", access: "read" },
  "/programs": { url: "/programs", access: "public" },
  "/sign-in": { url: "/sign-in", access: "public" },
  "/sign-up": { url: "/sign-up", access: "public" },
  "/forgot-password": { url: "/forgot-password", access: "public" },
  "/reset-password": { url: "/reset-password", access: "public" },
  // Public in that it never sends anyone to sign in; it answers 404 unless a member asks from the server's own machine.
  "/outbox": { url: "/outbox", access: "public" },
  "/sign-up/verify": { url: "/sign-up/verify", access: "public" },
  "/invitations/[invitationId]": { url: "/invitations/not-an-invitation", access: "public" },
  "/onboarding": { url: "/onboarding", access: "read" },
  "/organization": { url: "/organization", access: "read" },
  "/organization/profile": { url: "/organization/profile", access: "write" },
  "/organization/financing": { url: "/organization/financing", access: "read" },
  "/organization/prices": { url: "/organization/prices", access: "read" },
  "/organization/tariffs": { url: "/organization/tariffs", access: "read" },
  // Grid Services, API keys and webhooks: owners and admins only, so the viewer's 403 below covers it.
  "/organization/integrations": { url: "/organization/integrations", access: "write" },
  "/grid-events": { url: "/grid-events", access: "read" },
  "/projects": { url: "/projects", access: "read" },
  "/projects/new": { url: "/projects/new", access: "write" },
  "/projects/[projectId]": { url: `/projects/${project}`, access: "read" },
  "/projects/[projectId]/edit": { url: `/projects/${project}/edit`, access: "write" },
  "/projects/[projectId]/compare": { url: `/projects/${project}/compare`, access: "read" },
  "/projects/[projectId]/options/new": { url: `/projects/${project}/options/new`, access: "write" },
  "/projects/[projectId]/options/[optionId]": { url: `/projects/${project}/options/${option}`, access: "write" },
  "/projects/[projectId]/options/[optionId]/incentives": { url: `/projects/${project}/options/${option}/incentives`, access: "write" },
  "/projects/[projectId]/options/[optionId]/proposal": { url: `/projects/${project}/options/${option}/proposal`, access: "read" },
  "/projects/[projectId]/options/[optionId]/proposal/savings.csv": { url: `/projects/${project}/options/${option}/proposal/savings.csv`, access: "read" },
  "/projects/[projectId]/options/[optionId]/present": { url: `/projects/${project}/options/${option}/present`, access: "read" },
  "/projects/[projectId]/options/[optionId]/financing": { url: `/projects/${project}/options/${option}/financing`, access: "read" },
  "/projects/[projectId]/options/[optionId]/usage": { url: `/projects/${project}/options/${option}/usage`, access: "write" },
  "/projects/[projectId]/versions/[versionId]": { url: `/projects/${project}/versions/${version}`, access: "read" },
  "/projects/[projectId]/versions/[versionId]/pdf": { url: `/projects/${project}/versions/${version}/pdf`, access: "read" },
  "/projects/[projectId]/versions/[versionId]/savings.csv": { url: `/projects/${project}/versions/${version}/savings.csv`, access: "read" },
  "/share/[token]": { url: `/share/${"A".repeat(43)}`, access: "public" },
  "/share/[token]/pdf": { url: `/share/${"A".repeat(43)}/pdf`, access: "public" },
  // An organization's logo: the customer link shows it to people who never sign in (app/brand).
  "/brand/[organizationId]/logo": { url: "/brand/demo-org/logo?v=1", access: "public" },
  "/api/health": { url: "/api/health", access: "public" },
  "/api/v1/openapi.json": { url: "/api/v1/openapi.json", access: "public" },
  "/api/v1/commands": { url: "/api/v1/commands", access: "api", method: "POST" },
  "/api/v1/commands/[commandId]": { url: "/api/v1/commands/cm0000000000000000000000", access: "api" },
};

/** Pages that belong to the signed-in person rather than to an organization's data. */
const personal = new Set(["/", "/onboarding", "/organization", "/organization/profile", "/organization/financing", "/organization/prices", "/organization/tariffs", "/organization/integrations", "/grid-events", "/projects", "/projects/new"]);

function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const route = path
          .relative("app", path.dirname(full))
          .split(path.sep)
          .filter((segment) => segment && !segment.startsWith("("))
          .join("/");
        found.push(`/${route}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

async function signedInRequest(browser: Browser, email: string, password?: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return context.request;
}

test("every route of app/ has a row in the matrix", () => {
  expect(appRoutes()).toEqual(Object.keys(routes).sort());
});

test("a signed-out visitor is sent to sign in everywhere but the public pages", async ({ request }) => {
  for (const [route, { url, access, method }] of Object.entries(routes)) {
    const response = method === "POST" ? await request.post(url, { data: {}, maxRedirects: 0 }) : await request.get(url, { maxRedirects: 0 });
    if (access === "api") {
      // Neither a session nor its absence opens the API: only a key does.
      expect(response.status(), `${route} without a key`).toBe(401);
      continue;
    }
    if (access === "public") {
      expect([200, 404], `${route} is public`).toContain(response.status());
      continue;
    }
    expect(response.status(), `${route} without a session`).toBe(307);
    expect(response.headers().location, route).toMatch(/^\/sign-in(\?next=|$)/);
  }
});

test("another organization's member gets 404 and no data for the demo organization's ids", async ({ browser }) => {
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await stranger.newPage();
  const email = `rival.${Date.now().toString(36)}@rival.test`;
  await page.goto("/sign-up");
  await signUpAndSignIn(page, { name: "Rita Rival", email, password: "rival-password-1" });
  await page.getByLabel("Company name").fill("Rival Renewables");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();

  for (const [route, { url, access }] of Object.entries(routes)) {
    if (access === "public" || access === "api" || personal.has(route)) continue;
    const response = await stranger.request.get(url, { maxRedirects: 0 });
    expect(response.status(), `${route} for another organization`).toBe(404);
    expect(await response.text(), route).not.toContain(demoCustomer);
  }
  // Their own list shows none of the demo organization's projects.
  const list = await stranger.request.get("/projects");
  expect(await list.text()).not.toContain(demoCustomer);
  await stranger.close();
});

test("the viewer reads every page of the organization and gets 403 on the pages that edit", async ({ browser }) => {
  const viewer = await signedInRequest(browser, "viewer@gridfolio.test");
  for (const [route, { url, access }] of Object.entries(routes)) {
    if (access === "public" || access === "api") continue;
    const response = await viewer.get(url, { maxRedirects: 0 });
    if (route === "/") expect(response.status(), route).toBe(307);
    else if (route === "/onboarding") expect(response.status(), route).toBe(200);
    else expect(response.status(), `${route} as viewer`).toBe(access === "write" ? 403 : 200);
  }
});

test("the owner opens every page (the positive control)", async ({ browser }) => {
  const owner = await signedInRequest(browser, "demo@gridfolio.test");
  for (const [route, { url, access }] of Object.entries(routes)) {
    if (access === "public" || access === "api" || route === "/") continue;
    const response = await owner.get(url, { maxRedirects: 0 });
    expect(response.status(), `${route} as owner`).toBe(200);
  }
});

test("pages carry the security headers: a nonce-based script policy, no framing, a referrer policy", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("'unsafe-inline' 'nonce");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Every inline script Next writes carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("the session cookie is HttpOnly and SameSite=Lax, and a cross-origin server action is refused", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, "demo@gridfolio.test");
  const cookie = (await context.cookies()).find((entry) => entry.name.endsWith("gridfolio.session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // A forged action call from another site: Next compares Origin with Host and refuses it before any action runs.
  const forged = await context.request.post(`${baseURL}/projects/new`, {
    headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  await context.close();
});

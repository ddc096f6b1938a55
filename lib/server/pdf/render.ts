/**
 * Server-side PDF of a proposal version: the system Chromium (Debian's `chromium`, or CHROMIUM_PATH) prints the
 * same page people see, through playwright-core. One source for screen and print, so the two cannot drift.
 *
 * The page is printed as the server rendered it, with scripts off: everything on it, charts included (recharts
 * drawn on the server at a fixed size, an SVG whose viewBox scales to the printed width: components/proposal/
 * chart-parts.tsx), is in the HTML, so nothing has to hydrate or measure itself first. That is what once cut charts
 * off: drawn at the width of a 1280 px window, then printed at about 720 px.
 *
 * What a PDF costs, and what is spared (npm run bench:pdf): the browser is started once per server process, and its
 * pages are kept warm between PDFs (printer-pool.ts), so a PDF neither starts a renderer process nor fetches the
 * stylesheet and the logo again; the page is not laid out for print media before printing, since printing does that.
 */
import { existsSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PrinterPool, type Printer } from "./printer-pool";

export class PdfUnavailableError extends Error {}

export type Paper = "letter" | "a4";

export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
}

type PagePrinter = Printer & { context: BrowserContext; page: Page };

const holder = globalThis as typeof globalThis & { __gridfolioPdfBrowser?: Promise<Browser>; __gridfolioPdfPrinters?: PrinterPool<PagePrinter> };

async function getBrowser(): Promise<Browser> {
  const cached = holder.__gridfolioPdfBrowser;
  if (cached) {
    const browser = await cached.catch(() => null);
    if (browser?.isConnected()) return browser;
  }
  const executablePath = chromiumPath();
  if (!existsSync(/*turbopackIgnore: true*/ executablePath)) {
    throw new PdfUnavailableError(`PDF export is not available on this server: no Chromium at ${executablePath}. Install Debian's chromium package or set CHROMIUM_PATH.`);
  }
  const { chromium } = await import("playwright-core");
  const launching = chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  holder.__gridfolioPdfBrowser = launching;
  return launching;
}

async function createPrinter(): Promise<PagePrinter> {
  const browser = await getBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  let page: Page;
  try {
    // With scripts off, the page's script bundles (preloaded by the HTML, which holds up "load") are never needed,
    // nor is the favicon the browser asks for after "load", while the page prints.
    await context.route(/\/_next\/static\/.*\.js(\?|$)|\/favicon\./, (route) => route.abort());
    page = await context.newPage();
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
  return {
    context,
    page,
    reset: () => context.clearCookies(),
    close: () => context.close(),
    isAlive: () => browser.isConnected() && !page.isClosed(),
  };
}

function printers(): PrinterPool<PagePrinter> {
  holder.__gridfolioPdfPrinters ??= new PrinterPool(createPrinter);
  return holder.__gridfolioPdfPrinters;
}

export interface PdfRequest {
  /** The page to print, on this server. */
  url: string;
  /** The visitor's cookies, so the headless browser sees the page exactly as they may. */
  cookies: { name: string; value: string }[];
  paper: Paper;
}

/** Each paper's width in CSS pixels (96 per inch), so the page is laid out at the width it is printed on. */
const PAPER = {
  letter: { format: "Letter", width: 816, height: 1056 },
  a4: { format: "A4", width: 794, height: 1123 },
} as const satisfies Record<Paper, { format: string; width: number; height: number }>;

export async function renderPdf({ url, cookies, paper }: PdfRequest): Promise<Buffer> {
  const { format, width, height } = PAPER[paper];
  return printers().use(async ({ context, page }) => {
    if (cookies.length > 0) await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url })));
    await page.setViewportSize({ width, height });
    // "load": the stylesheet and every image (the logo) are in, from the server or from the context's cache.
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`The proposal page answered ${response?.status() ?? "nothing"}`);
    return await page.pdf({
      format,
      printBackground: true,
      margin: { top: "14mm", bottom: "14mm", left: "12mm", right: "12mm" },
    });
  });
}

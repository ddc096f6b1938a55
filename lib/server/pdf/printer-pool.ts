/** One warm printer: a browser context and its page, lent to one PDF at a time. */
export interface Printer {
  /** Forgets the last visitor: the cookies, the only state a page with scripts off can keep. */
  reset(): Promise<void>;
  close(): Promise<void>;
  /** False once its page was closed or its browser went away. */
  isAlive(): boolean;
}

/**
 * Printers kept warm between PDFs. A fresh browser context and page per PDF cost more than the printing itself: a
 * new renderer process for every page (about half a second on this project's machines), and the stylesheet and the
 * logo fetched from the server every time. A warm page reuses its process, and its context's cache holds the
 * stylesheet and the logo (both served at addresses whose content never changes; pages are sent `no-store`, so
 * nothing one visitor saw is cached for another).
 *
 * Each PDF has its printer to itself: a printer is lent to one caller at a time and reset before it is lent again.
 * One whose PDF failed, or that died, is closed rather than kept; so is one that has printed `maxUses` PDFs, so that
 * no page grows without bound. At most `maxIdle` wait between PDFs; more are made when more PDFs run at once.
 */
export class PrinterPool<P extends Printer> {
  private readonly idle: { printer: P; uses: number }[] = [];

  constructor(
    private readonly create: () => Promise<P>,
    private readonly options: { maxIdle: number; maxUses: number } = { maxIdle: 2, maxUses: 200 },
  ) {}

  async use<T>(work: (printer: P) => Promise<T>): Promise<T> {
    const lent = this.takeIdle() ?? { printer: await this.create(), uses: 0 };
    let isReusable = false;
    try {
      const result = await work(lent.printer);
      isReusable = true;
      return result;
    } finally {
      lent.uses += 1;
      if (isReusable) isReusable = await lent.printer.reset().then(() => true, () => false);
      if (isReusable && lent.uses < this.options.maxUses && this.idle.length < this.options.maxIdle && lent.printer.isAlive()) this.idle.push(lent);
      else await lent.printer.close().catch(() => undefined);
    }
  }

  /** How many printers wait to be lent. */
  get idleCount(): number {
    return this.idle.length;
  }

  private takeIdle() {
    for (let entry = this.idle.pop(); entry !== undefined; entry = this.idle.pop()) {
      if (entry.printer.isAlive()) return entry;
      void entry.printer.close().catch(() => undefined);
    }
    return null;
  }
}

import { describe, expect, test } from "vitest";
import { PrinterPool, type Printer } from "./printer-pool";

/** A stand-in for a warm browser page: `cookies` is what a visitor left, `alive` its browser's state. */
function fakePrinter(id: number) {
  const state = { id, cookies: 0, closed: false, alive: true };
  const printer: Printer & { state: typeof state } = {
    state,
    reset: async () => {
      state.cookies = 0;
    },
    close: async () => {
      state.closed = true;
    },
    isAlive: () => state.alive && !state.closed,
  };
  return printer;
}

function poolOf(options?: { maxIdle: number; maxUses: number }) {
  const created: ReturnType<typeof fakePrinter>[] = [];
  const pool = new PrinterPool(async () => {
    const printer = fakePrinter(created.length + 1);
    created.push(printer);
    return printer;
  }, options);
  return { pool, created };
}

describe("PrinterPool", () => {
  test("a second PDF reuses the first one's printer, its visitor's cookies gone", async () => {
    const { pool, created } = poolOf();
    await pool.use(async (printer) => {
      printer.state.cookies = 1; // a visitor's session cookie
    });
    const seen = await pool.use(async (printer) => ({ id: printer.state.id, cookies: printer.state.cookies }));
    expect(seen).toEqual({ id: 1, cookies: 0 });
    expect(created).toHaveLength(1);
  });

  test("two PDFs at once never share a printer", async () => {
    const { pool, created } = poolOf();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = pool.use(async (printer) => {
      await held;
      return printer.state.id;
    });
    const second = await pool.use(async (printer) => printer.state.id);
    release();
    expect([await first, second]).toEqual([1, 2]);
    expect(created).toHaveLength(2);
  });

  test.each([
    { label: "a printer whose PDF failed is closed, not lent again", fail: true, die: false },
    { label: "a printer that died while printing is closed, not lent again", fail: false, die: true },
  ])("$label", async ({ fail, die }) => {
    const { pool, created } = poolOf();
    const first = pool.use(async (printer) => {
      if (die) printer.state.alive = false;
      if (fail) throw new Error("The proposal page answered 500");
    });
    if (fail) await expect(first).rejects.toThrow("answered 500");
    else await first;
    expect(created[0]!.state.closed).toBe(true);
    expect(await pool.use(async (printer) => printer.state.id)).toBe(2);
  });

  test("an idle printer whose browser went away meanwhile is closed and replaced", async () => {
    const { pool, created } = poolOf();
    await pool.use(async () => undefined);
    created[0]!.state.alive = false;
    expect(await pool.use(async (printer) => printer.state.id)).toBe(2);
    expect(created[0]!.state.closed).toBe(true);
  });

  test.each([
    // Three at once, two kept: the third is closed when it is given back.
    { label: "at most maxIdle printers wait between PDFs", maxIdle: 2, maxUses: 200, concurrent: 3, idle: 2, closed: 1 },
    // Each printer printed once, and once is its limit.
    { label: "a printer that printed maxUses PDFs is closed", maxIdle: 2, maxUses: 1, concurrent: 2, idle: 0, closed: 2 },
  ])("$label", async ({ maxIdle, maxUses, concurrent, idle, closed }) => {
    const { pool, created } = poolOf({ maxIdle, maxUses });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const running = Array.from({ length: concurrent }, () => pool.use(() => held));
    release();
    await Promise.all(running);
    expect(pool.idleCount).toBe(idle);
    expect(created.filter((printer) => printer.state.closed)).toHaveLength(closed);
  });
});

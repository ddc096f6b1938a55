import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { commandActions, isPoweredAction, MAX_COMMAND_POWER_KW, MAX_WINDOW_MS, MIN_COMMAND_POWER_KW, MIN_WINDOW_MS, ZCommandRequestSchema } from "./command-request";

const valid = {
  deviceId: "dev_1",
  action: "discharge",
  powerKw: 5,
  startAt: "2025-07-01T17:00:00Z",
  endAt: "2025-07-01T19:00:00Z",
  enableGridInteraction: true,
};

/** The first issue as "path: message", the way the API will report it. */
function firstIssue(input: unknown): string {
  const result = ZCommandRequestSchema.safeParse(input);
  if (result.success) return "valid";
  const issue = result.error.issues[0];
  return `${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`;
}

describe("a valid command request", () => {
  test("parses to Dates, with the grid flag resolved", () => {
    expect(ZCommandRequestSchema.parse(valid)).toEqual({
      deviceId: "dev_1",
      action: "discharge",
      powerKw: 5,
      startAt: new Date("2025-07-01T17:00:00Z"),
      endAt: new Date("2025-07-01T19:00:00Z"),
      enableGridInteraction: true,
    });
  });

  test.each([
    { label: "an offset is honoured (19:00+02:00 is 17:00Z)", input: { ...valid, startAt: "2025-07-01T19:00:00+02:00" }, check: { startAt: new Date("2025-07-01T17:00:00Z") } },
    { label: "milliseconds are kept", input: { ...valid, endAt: "2025-07-01T19:00:00.250Z" }, check: { endAt: new Date("2025-07-01T19:00:00.250Z") } },
    { label: "the device id is trimmed", input: { ...valid, deviceId: "  dev_1 " }, check: { deviceId: "dev_1" } },
    { label: "idle takes no power: powerKw null", input: { ...valid, action: "idle", powerKw: undefined }, check: { powerKw: null } },
    { label: "grid interaction defaults to off", input: { ...valid, enableGridInteraction: undefined }, check: { enableGridInteraction: false } },
    { label: "export defaults to grid interaction (it sends power to the grid)", input: { ...valid, action: "export", enableGridInteraction: undefined }, check: { enableGridInteraction: true } },
    { label: "exactly one minute is long enough", input: { ...valid, endAt: "2025-07-01T17:01:00Z" }, check: { action: "discharge" } },
    { label: "exactly 24 hours is not too long", input: { ...valid, endAt: "2025-07-02T17:00:00Z" }, check: { action: "discharge" } },
    { label: `exactly ${MAX_COMMAND_POWER_KW} kW is allowed`, input: { ...valid, powerKw: MAX_COMMAND_POWER_KW }, check: { powerKw: MAX_COMMAND_POWER_KW } },
    { label: "a fraction of a kW is allowed", input: { ...valid, powerKw: 0.5 }, check: { powerKw: 0.5 } },
    { label: `exactly ${MIN_COMMAND_POWER_KW} kW is allowed`, input: { ...valid, powerKw: MIN_COMMAND_POWER_KW }, check: { powerKw: MIN_COMMAND_POWER_KW } },
    { label: "a power to the watt is allowed", input: { ...valid, powerKw: 3.125 }, check: { powerKw: 3.125 } },
  ])("$label", ({ input, check }) => {
    expect(ZCommandRequestSchema.parse(input)).toMatchObject(check);
  });
});

describe("refused requests say what to fix", () => {
  test.each([
    { label: "not an object", input: null, issue: ": Send the command as a JSON object." },
    { label: "a missing device id", input: { ...valid, deviceId: undefined }, issue: "deviceId: Give the battery's device id." },
    { label: "a blank device id", input: { ...valid, deviceId: "  " }, issue: "deviceId: Give the battery's device id." },
    { label: "an unknown action", input: { ...valid, action: "boost" }, issue: "action: The action must be one of charge, discharge, export, idle or self_consumption." },
    { label: "a time without a zone", input: { ...valid, startAt: "2025-07-01T17:00:00" }, issue: "startAt: The start must be an ISO 8601 date-time with a time zone, e.g. 2025-07-01T17:00:00Z." },
    { label: "a date that does not exist", input: { ...valid, endAt: "2025-02-30T17:00:00Z" }, issue: "endAt: The end must be an ISO 8601 date-time with a time zone, e.g. 2025-07-01T17:00:00Z." },
    { label: "a time as a number", input: { ...valid, startAt: 1751389200 }, issue: "startAt: The start must be an ISO 8601 date-time with a time zone, e.g. 2025-07-01T17:00:00Z." },
    { label: "the end before the start", input: { ...valid, endAt: "2025-07-01T16:00:00Z" }, issue: "endAt: The end must be after the start." },
    { label: "the end equal to the start", input: { ...valid, endAt: valid.startAt }, issue: "endAt: The end must be after the start." },
    { label: "a window under a minute", input: { ...valid, endAt: "2025-07-01T17:00:59.999Z" }, issue: "endAt: The window must be at least 1 minute long." },
    { label: "a window over 24 hours", input: { ...valid, endAt: "2025-07-02T17:00:00.001Z" }, issue: "endAt: The window can be at most 24 hours long." },
    { label: "discharge without power", input: { ...valid, powerKw: undefined }, issue: "powerKw: Give the power in kW to discharge at." },
    { label: "charge without power", input: { ...valid, action: "charge", powerKw: undefined }, issue: "powerKw: Give the power in kW to charge at." },
    { label: "zero power", input: { ...valid, powerKw: 0 }, issue: "powerKw: Power cannot be less than 0.1 kW." },
    { label: "negative power (the action says the direction)", input: { ...valid, powerKw: -3 }, issue: "powerKw: Power cannot be less than 0.1 kW." },
    { label: "a subnormal power (5e-324 kW)", input: { ...valid, powerKw: 5e-324 }, issue: "powerKw: Power cannot be less than 0.1 kW." },
    { label: "less than 100 W", input: { ...valid, powerKw: 0.099 }, issue: "powerKw: Power cannot be less than 0.1 kW." },
    { label: "a fraction of a watt", input: { ...valid, powerKw: 5.0001 }, issue: "powerKw: Power can have at most 3 decimals." },
    { label: "binary noise (0.1 + 0.2)", input: { ...valid, powerKw: 0.1 + 0.2 }, issue: "powerKw: Power can have at most 3 decimals." },
    { label: "watts typed as kW", input: { ...valid, powerKw: 5000 }, issue: "powerKw: Power cannot be more than 1,000 kW." },
    { label: "power as text", input: { ...valid, powerKw: "5" }, issue: "powerKw: Power must be a number of kW." },
    { label: "infinite power", input: { ...valid, powerKw: Number.POSITIVE_INFINITY }, issue: "powerKw: Power must be a number of kW." },
    { label: "power with self-consumption", input: { ...valid, action: "self_consumption" }, issue: 'powerKw: "self_consumption" takes no power; leave powerKw out.' },
    { label: "export with grid interaction explicitly off", input: { ...valid, action: "export", enableGridInteraction: false }, issue: "enableGridInteraction: Export sends power to the grid, so it cannot run with grid interaction off." },
    { label: "the grid flag as text", input: { ...valid, enableGridInteraction: "yes" }, issue: "enableGridInteraction: enableGridInteraction must be true or false." },
    { label: "an unknown field (a typo of powerKw)", input: { ...valid, power_kw: 5 }, issue: ": Unknown field: power_kw." },
  ])("$label", ({ input, issue }) => {
    expect(firstIssue(input)).toBe(issue);
  });
});

describe("properties", () => {
  const base = Date.parse("2025-07-01T00:00:00Z");
  const request = fc.record({
    action: fc.constantFrom(...commandActions),
    // Whole watts from the minimum to the maximum: what the schema accepts.
    powerKw: fc.integer({ min: MIN_COMMAND_POWER_KW * 1000, max: MAX_COMMAND_POWER_KW * 1000 }).map((watts) => watts / 1000),
    startOffsetMs: fc.integer({ min: 0, max: 365 * 86_400_000 }),
    windowMs: fc.integer({ min: -MAX_WINDOW_MS, max: 2 * MAX_WINDOW_MS }),
    grid: fc.option(fc.boolean(), { nil: undefined }),
  });

  test("property: a request parses exactly when its window is 1 minute to 24 hours (and export is not forced off the grid)", () => {
    fc.assert(
      fc.property(request, ({ action, powerKw, startOffsetMs, windowMs, grid }) => {
        const startMs = base + startOffsetMs;
        const input = {
          deviceId: "dev_1",
          action,
          ...(isPoweredAction(action) ? { powerKw } : {}),
          startAt: new Date(startMs).toISOString(),
          endAt: new Date(startMs + windowMs).toISOString(),
          ...(grid === undefined ? {} : { enableGridInteraction: grid }),
        };
        const result = ZCommandRequestSchema.safeParse(input);
        const windowOk = windowMs >= MIN_WINDOW_MS && windowMs <= MAX_WINDOW_MS;
        const gridOk = !(action === "export" && grid === false);
        expect(result.success).toBe(windowOk && gridOk);
        if (result.success) {
          expect(result.data.endAt.getTime() - result.data.startAt.getTime()).toBe(windowMs);
          expect(result.data.powerKw === null).toBe(!isPoweredAction(action));
          expect(result.data.enableGridInteraction).toBe(grid ?? action === "export");
        }
      }),
      { numRuns: 500 },
    );
  });

  test("property: anything that is not a command never throws, it is refused", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(ZCommandRequestSchema.safeParse(input).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

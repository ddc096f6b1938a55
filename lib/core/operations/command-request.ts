/**
 * The command request: what the REST API (and any page) accepts to make a battery charge,
 * discharge, export, sit idle or go back to self-consumption over a window of time. zod checks the
 * shape here, once, at the boundary; whether this battery may do it now is `decideCommand`'s job.
 *
 * The schema takes JSON as the API receives it: `powerKw` a number (0.1 to 1,000 kW, to the watt), `enableGridInteraction` a
 * boolean, `startAt` and `endAt` ISO 8601 date-times with a zone ("…Z" or "…+02:00"). A time
 * without a zone is refused: whose 5 pm would it be, the installer's or the battery's?
 */
import { z } from "zod";
import { jsonNumber } from "../numbers/json-number";

export const commandActions = ["charge", "discharge", "export", "idle", "self_consumption"] as const;
export type CommandAction = (typeof commandActions)[number];

/** The actions that move a set amount of power, and so need `powerKw`. */
const POWERED_ACTIONS: ReadonlySet<CommandAction> = new Set(["charge", "discharge", "export"]);

export function isPoweredAction(action: CommandAction): boolean {
  return POWERED_ACTIONS.has(action);
}

/**
 * 1 MW: above any behind-the-meter battery Gridfolio proposes (home units are 3–15 kW, commercial
 * cabinets a few hundred kW), so it only catches typos such as watts typed as kilowatts. The
 * battery's own rating is checked later, against the device.
 */
export const MAX_COMMAND_POWER_KW = 1000;

/**
 * 100 W: below the step any battery's inverter can hold, so a smaller power is a typo or a probe (5e-324 kW was
 * accepted before). Powers have at most 3 decimals, to the watt.
 */
export const MIN_COMMAND_POWER_KW = 0.1;

/** A command's power, as the API (a JSON number) and the battery page (typed) both check it. */
export const COMMAND_POWER_BOUNDS = { min: MIN_COMMAND_POWER_KW, max: MAX_COMMAND_POWER_KW, decimals: 3, unit: "kW" } as const;

/** Shorter than a minute is below what manufacturers' clouds schedule reliably. */
export const MIN_WINDOW_MS = 60_000;

/** A day: grid events last 1–4 hours; a longer window is almost always a date typo. */
export const MAX_WINDOW_MS = 24 * 3_600_000;

const dateTime = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `${label} must be an ISO 8601 date-time with a time zone, e.g. 2025-07-01T17:00:00Z.` })
    .transform((text) => new Date(text));

export const ZCommandRequestSchema = z
  .strictObject(
    {
      deviceId: z
        .string({ error: "Give the battery's device id." })
        .trim()
        .min(1, "Give the battery's device id.")
        .max(100, "The device id must be at most 100 characters."),
      action: z.enum(commandActions, { error: "The action must be one of charge, discharge, export, idle or self_consumption." }),
      powerKw: jsonNumber("power", COMMAND_POWER_BOUNDS, "Power must be a number of kW.").optional(),
      startAt: dateTime("The start"),
      endAt: dateTime("The end"),
      enableGridInteraction: z.boolean({ error: "enableGridInteraction must be true or false." }).optional(),
    },
    {
      error: (issue) => {
        if (issue.code === "unrecognized_keys") return `Unknown field: ${issue.keys.join(", ")}.`;
        if (issue.code === "invalid_type") return "Send the command as a JSON object.";
        return undefined;
      },
    },
  )
  // A transform, not a refinement: zod 4 runs refinements even when a field failed (startAt would
  // then be a string here), but skips transforms once there is an issue.
  .transform((request, ctx) => {
    if (isPoweredAction(request.action) && request.powerKw === undefined) {
      ctx.addIssue({ code: "custom", path: ["powerKw"], message: `Give the power in kW to ${request.action} at.` });
    }
    // Refused rather than ignored: a caller who sends a power with "idle" expects it to matter.
    if (!isPoweredAction(request.action) && request.powerKw !== undefined) {
      ctx.addIssue({ code: "custom", path: ["powerKw"], message: `"${request.action}" takes no power; leave powerKw out.` });
    }
    // Exporting is grid interaction by definition; an explicit false contradicts the action.
    if (request.action === "export" && request.enableGridInteraction === false) {
      ctx.addIssue({ code: "custom", path: ["enableGridInteraction"], message: "Export sends power to the grid, so it cannot run with grid interaction off." });
    }
    const windowMs = request.endAt.getTime() - request.startAt.getTime();
    if (windowMs <= 0) {
      ctx.addIssue({ code: "custom", path: ["endAt"], message: "The end must be after the start." });
    } else if (windowMs < MIN_WINDOW_MS) {
      ctx.addIssue({ code: "custom", path: ["endAt"], message: "The window must be at least 1 minute long." });
    } else if (windowMs > MAX_WINDOW_MS) {
      ctx.addIssue({ code: "custom", path: ["endAt"], message: "The window can be at most 24 hours long." });
    }
    return {
      deviceId: request.deviceId,
      action: request.action,
      powerKw: request.powerKw ?? null,
      startAt: request.startAt,
      endAt: request.endAt,
      // Export defaults to on (it is grid interaction); every other action defaults to off.
      enableGridInteraction: request.enableGridInteraction ?? request.action === "export",
    };
  });

/** The request as the API sends it (strings for times). */
export type TCommandRequestInput = z.input<typeof ZCommandRequestSchema>;
/** The parsed request: Dates, `powerKw` null for idle and self-consumption, the grid flag resolved. */
export type TCommandRequest = z.output<typeof ZCommandRequestSchema>;

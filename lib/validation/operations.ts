/**
 * The operations forms (batteries, enrollment steps, commands, grid events), as the browser posts them. Times are
 * typed relative to now ("starts in 0 minutes, lasts 60"): the same on every screen whatever its time zone, and what
 * a person running a demo or reacting to a utility's notice thinks in. The REST API takes absolute times instead.
 */
import { z } from "zod";
import { COMMAND_POWER_BOUNDS, commandActions, MAX_SCHEDULE_AHEAD_MS } from "../core/operations";
import { numberInput, optionalNumberInput, optionalText, requiredText } from "./fields";

export const MANUFACTURER_CHOICES = ["Gridfolio Simulator", "SolarEdge", "Enphase", "Tesla", "FranklinWH", "Other"] as const;

export const ZDeviceForm = z.object({
  manufacturer: requiredText("the manufacturer", 80),
  model: requiredText("the model", 80),
  serialNumber: requiredText("the serial number", 80).pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, "The serial number may contain letters, digits, dots, dashes and underscores only.")),
  capacityKwh: numberInput("the capacity", { min: 0.5, max: 1_000, unit: "kWh" }),
  powerKw: numberInput("the power", { min: 0.5, max: 1_000, unit: "kW" }),
  backupReservePercent: numberInput("the backup reserve", { min: 0, max: 100, unit: "%" }),
});
export type TDeviceForm = z.output<typeof ZDeviceForm>;

const maxAheadMinutes = MAX_SCHEDULE_AHEAD_MS / 60_000;

export const ZCommandForm = z.object({
  action: z.enum(commandActions, { error: "Choose what the battery should do." }),
  // Blank for the actions that take no power; whether this action needs one is the API schema's rule.
  powerKw: optionalNumberInput("power", COMMAND_POWER_BOUNDS),
  startsInMinutes: numberInput("when it starts", { min: 0, max: maxAheadMinutes, integer: true, unit: "minutes from now" }),
  durationMinutes: numberInput("how long it lasts", { min: 1, max: 1_440, integer: true, unit: "minutes" }),
  // A checked box posts "on"; an unchecked one posts nothing (or "", from a script).
  enableGridInteraction: z.literal(["on", ""], { error: "Grid interaction is a checkbox: on, or left out." }).optional(),
});

export const enrollmentSteps = ["start_testing", "start_configuring", "confirm_enrolled", "reject", "request_again"] as const;
export type EnrollmentStep = (typeof enrollmentSteps)[number];

export const ZEnrollmentStepForm = z.object({
  step: z.enum(enrollmentSteps, { error: "Choose the step the manufacturer reached." }),
  reason: optionalText("the reason", 500),
});

export const ZEnrollmentRequestForm = z.object({ programId: requiredText("a program", 64) });

export const ZGridEventForm = z.object({
  programId: requiredText("a program", 64),
  startsInMinutes: numberInput("when it starts", { min: 0, max: maxAheadMinutes, integer: true, unit: "minutes from now" }),
  durationMinutes: numberInput("how long it lasts", { min: 1, max: 1_440, integer: true, unit: "minutes" }),
  maxKwPerBattery: optionalNumberInput("the cap per battery", { min: 0.1, max: 1_000, unit: "kW" }),
  note: optionalText("the note", 200),
});

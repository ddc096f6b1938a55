/**
 * How the app's built-in simulator behaves, from the environment. The defaults make a demo finish in minutes:
 * each enrollment step takes a minute (a real manufacturer takes days), commands act within 5–20 seconds and 2 % of
 * them fail. Browser tests shorten the steps further (e2e-server.mjs); the README lists the variables.
 */
import { SIMULATOR_DEFAULTS } from "../../core/operations";

export interface SimulatorSettings {
  enrollmentStepMinutes: number;
  responseDelaySeconds: { min: number; max: number };
  failureRate: number;
  stepSeconds: number;
}

function numberFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

export function simulatorSettings(): SimulatorSettings {
  const delayMax = numberFrom("SIMULATOR_RESPONSE_DELAY_SECONDS", 20, 0, 600);
  return {
    enrollmentStepMinutes: numberFrom("SIMULATOR_ENROLLMENT_STEP_SECONDS", 60, 1, 86_400) / 60,
    responseDelaySeconds: { min: Math.min(5, delayMax), max: delayMax },
    failureRate: numberFrom("SIMULATOR_FAILURE_RATE", SIMULATOR_DEFAULTS.failureRate, 0, 1),
    stepSeconds: numberFrom("SIMULATOR_STEP_SECONDS", 15, 1, 3_600),
  };
}

/**
 * Helpers for the operations tests (not shipped code paths): times on one summer evening, a
 * typical battery, and enrollments at any step.
 */
import type { BatteryDevice, DeviceState } from "./device";
import { createEnrollment, transition, type Enrollment, type EnrollmentEvent } from "./enrollment";

/** "17:30" → 2025-07-01T17:30:00Z; "17:30:15" with seconds. */
export function at(time: string): Date {
  return new Date(`2025-07-01T${time.length === 5 ? `${time}:00` : time}Z`);
}

export function minutes(count: number): number {
  return count * 60_000;
}

export const IDLE_STATE: DeviceState = {
  stateOfChargePercent: 90,
  operatingMode: "idle",
  backupReservePercent: 20,
  stormGuardActive: false,
  lastSeenAt: at("16:59"),
};

/** A SolarEdge Home Battery 9.7 kWh / 5 kW (one of the seed's batteries), idle at 90 %. */
export function makeDevice(overrides: Partial<BatteryDevice> = {}): BatteryDevice {
  return {
    id: "dev_1",
    manufacturer: "SolarEdge",
    model: "Home Battery 9.7",
    serialNumber: "SE-0001",
    capacityKwh: 9.7,
    powerKw: 5,
    state: IDLE_STATE,
    ...overrides,
  };
}

const STEPS_TO: Record<Enrollment["status"], EnrollmentEvent[]> = {
  requested: [],
  manufacturer_testing: [{ type: "start_testing" }],
  configuring: [{ type: "start_testing" }, { type: "start_configuring" }],
  enrolled: [{ type: "start_testing" }, { type: "start_configuring" }, { type: "confirm_enrolled" }],
  rejected: [{ type: "start_testing" }, { type: "reject", reason: "Firmware too old for grid services." }],
};

/** An enrollment walked to `status`, one step an hour from 09:00. */
export function makeEnrollment(status: Enrollment["status"], overrides: { deviceId?: string; programId?: string } = {}): Enrollment {
  let enrollment = createEnrollment({ deviceId: overrides.deviceId ?? "dev_1", programId: overrides.programId ?? "ct-ess", mode: "automatic", at: at("09:00") });
  STEPS_TO[status].forEach((event, index) => {
    const next = transition(enrollment, event, at(`${10 + index}:00`));
    if (!next.ok) throw new Error(next.reason);
    enrollment = next.value;
  });
  return enrollment;
}

/**
 * What Gridfolio needs from a battery manufacturer's cloud, as one interface: the built-in
 * simulator implements it today, and a SolarEdge or Enphase adapter can implement it later
 * without the rest of the app changing. Adapters convert the manufacturer's shapes into these
 * types at the boundary (units, sign of power, interval timestamps), so nothing past the adapter
 * sees a vendor field.
 *
 * Two kinds of "no":
 * - a resolved answer (`{ outcome: "failed", reason }`, a "rejected" enrollment) is the
 *   manufacturer's definite answer, recorded on the command or enrollment;
 * - a rejected promise is a transport problem (timeout, 5xx, expired credentials): nothing is
 *   known, so the caller retries later and records nothing.
 *
 * Every method takes `at`, the caller's clock. A real adapter may ignore it; the simulator
 * answers as of that time, which is what makes it deterministic.
 */
import type { CommandAction } from "./command-request";
import type { Command, CommandReport, SkipReason } from "./command-status";
import type { BatteryDevice, DeviceState } from "./device";
import type { EnrollmentStatus } from "./enrollment";

/** How Gridfolio names a battery to its manufacturer. */
export interface DeviceRef {
  deviceId: string;
  serialNumber: string;
}

export interface AdapterCommand {
  /**
   * Gridfolio's id for the command. Adapters pass it to the manufacturer as its idempotency key
   * where the API has one, so a resend after a timeout does not run the command twice.
   */
  commandId: string;
  device: DeviceRef;
  action: CommandAction;
  powerKw: number | null;
  startAt: Date;
  endAt: Date;
  enableGridInteraction: boolean;
}

/** The command as an adapter is sent it: Gridfolio's id, the battery's serial, the request. */
export function toAdapterCommand(commandId: string, device: Pick<BatteryDevice, "id" | "serialNumber">, command: Command): AdapterCommand {
  return {
    commandId,
    device: { deviceId: device.id, serialNumber: device.serialNumber },
    action: command.action,
    powerKw: command.powerKw,
    startAt: command.startAt,
    endAt: command.endAt,
    enableGridInteraction: command.enableGridInteraction,
  };
}

export type SendResult =
  /** The manufacturer accepted it: the command is "sent". */
  | { outcome: "sent" }
  | { outcome: "skipped"; reason: SkipReason }
  | { outcome: "failed"; reason: string };

/**
 * One telemetry sample. `deliveredKw` is power out of the battery, in kW: positive while it
 * discharges (to the home or the grid), negative while it charges. It holds from `at` until the
 * next sample; adapters for manufacturers that stamp interval averages at the interval's end
 * restamp them at its start (performance.ts relies on this).
 */
export interface TelemetrySample {
  at: Date;
  deliveredKw: number;
  /** 0–100, at `at`. */
  stateOfChargePercent: number;
}

export interface EnrollmentReport {
  status: EnrollmentStatus;
  /** The manufacturer's reason when `status` is "rejected". */
  reason?: string | null;
}

/** Enrollment through the manufacturer's API; manual-enrollment manufacturers have none. */
export interface AutomaticEnrollment {
  request(device: DeviceRef, programId: string, at: Date): Promise<EnrollmentReport>;
  read(device: DeviceRef, programId: string, at: Date): Promise<EnrollmentReport>;
}

export interface ManufacturerAdapter {
  /** As devices name it, e.g. "SolarEdge"; `enrollmentModeFor(manufacturer)` should agree with `enrollment`. */
  readonly manufacturer: string;
  /** Null when enrollments go through the manufacturer's own manual process. */
  readonly enrollment: AutomaticEnrollment | null;
  sendCommand(command: AdapterCommand, at: Date): Promise<SendResult>;
  /** Where a sent command stands; apply the answer with `advanceCommandTo`. */
  readCommand(command: AdapterCommand, at: Date): Promise<CommandReport>;
  readState(device: DeviceRef, at: Date): Promise<DeviceState>;
  /** Samples with `from ≤ at < to`, oldest first. */
  readTelemetry(device: DeviceRef, from: Date, to: Date): Promise<TelemetrySample[]>;
}

import type { BatteryDevice, Enrollment, EnrollmentMode, EnrollmentStatus, OperatingMode, Step } from "../../core/operations";
import type { Prisma } from "../db/generated/client";

type DeviceRow = Prisma.DeviceGetPayload<{ include: { enrollments: true } }>;

/** The operations core's view of a stored device and its enrollments. */
export function toBatteryDevice(row: DeviceRow): { device: BatteryDevice; enrollments: Enrollment[] } {
  const device: BatteryDevice = {
    id: row.id,
    manufacturer: row.manufacturer,
    model: row.model,
    serialNumber: row.serialNumber,
    capacityKwh: row.capacityKwh,
    powerKw: row.powerKw,
    state:
      row.lastSeenAt === null
        ? null
        : {
            stateOfChargePercent: row.stateOfChargePercent ?? 0,
            operatingMode: (row.operatingMode ?? "self_consumption") as OperatingMode,
            backupReservePercent: row.backupReservePercent ?? 0,
            stormGuardActive: row.stormGuardActive,
            lastSeenAt: row.lastSeenAt,
          },
  };
  const enrollments = row.enrollments.map(
    (enrollment): Enrollment => ({
      deviceId: row.id,
      programId: enrollment.programId,
      mode: enrollment.mode as EnrollmentMode,
      status: enrollment.status as EnrollmentStatus,
      rejectionReason: enrollment.rejectionReason,
      history: (enrollment.history as unknown as { status: EnrollmentStatus; at: string; reason: string | null }[]).map(
        (step): Step<EnrollmentStatus> => ({ ...step, at: new Date(step.at) }),
      ),
    }),
  );
  return { device, enrollments };
}

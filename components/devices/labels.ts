import { COMMAND_STATUS_LABELS, ENROLLMENT_STATUS_LABELS, type CommandStatus, type EnrollmentStatus } from "@/lib/core/operations";

type Tone = "neutral" | "success" | "warning" | "danger" | "info";

export const ENROLLMENT_TONES: Record<EnrollmentStatus, Tone> = {
  requested: "info",
  manufacturer_testing: "info",
  configuring: "info",
  enrolled: "success",
  rejected: "danger",
};

export const COMMAND_TONES: Record<CommandStatus, Tone> = {
  queued: "neutral",
  sent: "info",
  executing: "info",
  completed: "success",
  failed: "danger",
  skipped: "warning",
};

export function enrollmentLabel(status: string): string {
  const label = ENROLLMENT_STATUS_LABELS[status as EnrollmentStatus] ?? status;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function commandLabel(status: string): string {
  const label = COMMAND_STATUS_LABELS[status as CommandStatus] ?? status;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export const ACTION_LABELS: Record<string, string> = {
  charge: "Charge",
  discharge: "Discharge",
  export: "Export",
  idle: "Idle",
  self_consumption: "Self-consumption",
  backup: "Backup (Storm Guard)",
};

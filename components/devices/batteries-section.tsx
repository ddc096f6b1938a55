import { Card, CardHeader } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { addDevice } from "@/lib/actions/devices/add-device";
import { enrollmentModeFor, isFinal, type CommandStatus } from "@/lib/core/operations";
import { hasAdapter, isSimulated } from "@/lib/core/operations/manufacturers";
import { SIMULATOR_MANUFACTURER } from "@/lib/core/operations/simulator";
import type { ProjectBattery } from "@/lib/server/data/operations";
import { MANUFACTURER_CHOICES } from "@/lib/validation/operations";
import { BatteryCard, type BatteryView } from "./battery-card";
import { LiveRefresh } from "./live-refresh";
import { OperationsForm } from "./operations-form";

export function toBatteryView(row: ProjectBattery): BatteryView {
  return {
    id: row.id,
    manufacturer: row.manufacturer,
    model: row.model,
    serialNumber: row.serialNumber,
    capacityKwh: row.capacityKwh,
    powerKw: row.powerKw,
    simulated: isSimulated(row.manufacturer),
    hasAdapter: hasAdapter(row.manufacturer),
    enrollmentMode: enrollmentModeFor(row.manufacturer),
    state: { stateOfChargePercent: row.stateOfChargePercent, operatingMode: row.operatingMode, backupReservePercent: row.backupReservePercent, stormGuardActive: row.stormGuardActive, lastSeenAt: row.lastSeenAt },
    enrollments: row.enrollments.map((enrollment) => ({ ...enrollment, history: enrollment.history as { status: string; at: string; reason: string | null }[] })),
    commands: row.commands.map((command) => ({ ...command, gridEventProgramId: command.gridEvent?.programId ?? null })),
  };
}

/**
 * The manufacturer select: a real customer's battery is never the simulator unless someone picks it (it stays last,
 * for trying the operations out); on demo data the simulator comes first and is chosen, since it is the only battery
 * a demo can talk to. An unchosen manufacturer is refused beside the field.
 */
function manufacturerChoices(isDemoData: boolean): { options: { value: string; label: string }[]; defaultValue: string } {
  const real = MANUFACTURER_CHOICES.filter((name) => !isSimulated(name)).map((name) => ({ value: name, label: name }));
  const simulator = { value: SIMULATOR_MANUFACTURER, label: "Gridfolio Simulator (demo)" };
  return isDemoData ? { options: [simulator, ...real], defaultValue: SIMULATOR_MANUFACTURER } : { options: [{ value: "", label: "Choose…" }, ...real, simulator], defaultValue: "" };
}

/** Batteries of a sold project: their state, enrollments and commands; adding one. */
export function BatteriesSection({
  projectId,
  batteries,
  canEdit,
  gridServicesOn,
  programs,
  isDemoData,
}: {
  projectId: string;
  batteries: BatteryView[];
  canEdit: boolean;
  gridServicesOn: boolean;
  programs: { id: string; name: string }[];
  /** A project of the seeded demo data, where the simulated battery is the one to add. */
  isDemoData: boolean;
}) {
  const inFlight = batteries.some(
    (battery) =>
      battery.commands.some((command) => !isFinal(command.status as CommandStatus)) ||
      battery.enrollments.some((enrollment) => enrollment.mode === "automatic" && !["enrolled", "rejected"].includes(enrollment.status)),
  );
  return (
    <Card>
      <LiveRefresh active={inFlight} />
      <CardHeader
        title="Batteries and Grid Services"
        id="batteries-heading"
        description={gridServicesOn ? "Installed batteries, their program enrollments and commands. Updates every few seconds while something is under way." : "Grid Services is off for this organization: grid commands are refused and no enrollment is requested automatically."}
      />
      <div className="space-y-4 px-5 py-4">
        {batteries.length === 0 ? (
          <p className="text-sm text-slate-600">{canEdit ? "No battery registered yet. Once the system is installed, add its battery below to enroll it and follow what it earns." : "No battery registered yet."}</p>
        ) : (
          batteries.map((battery) => <BatteryCard key={battery.id} battery={battery} canEdit={canEdit} programs={programs} />)
        )}
        {canEdit ? (
          <Disclosure summary="Add a battery">
            <OperationsForm
                action={addDevice.bind(null, projectId)}
                idPrefix="add-battery"
                columns={2}
                submitLabel="Add battery"
                pendingLabel="Adding…"
                fields={[
                  { kind: "select", name: "manufacturer", label: "Manufacturer", ...manufacturerChoices(isDemoData) },
                  { kind: "input", name: "model", label: "Model", defaultValue: "" },
                  { kind: "input", name: "serialNumber", label: "Serial number" },
                  { kind: "input", name: "capacityKwh", label: "Capacity", unit: "kWh", inputMode: "decimal", defaultValue: "13.5" },
                  { kind: "input", name: "powerKw", label: "Power", unit: "kW", inputMode: "decimal", defaultValue: "5" },
                  { kind: "input", name: "backupReservePercent", label: "Backup reserve", unit: "%", inputMode: "decimal", defaultValue: "20" },
                ]}
              />
          </Disclosure>
        ) : null}
      </div>
    </Card>
  );
}

import { ActionButton } from "@/components/account/action-button";
import { Badge } from "@/components/ui/badge";
import { Disclosure } from "@/components/ui/disclosure";
import { recordEnrollmentStep, requestEnrollment } from "@/lib/actions/devices/enrollment";
import { sendDeviceCommand } from "@/lib/actions/devices/send-command";
import { simulateStormGuard } from "@/lib/actions/devices/storm-guard";
import { commandActions } from "@/lib/core/operations";
import { formatDateTime } from "@/lib/core/dates/format";
import { CommandTable, type CommandRowView } from "./command-table";
import { EnrollmentTable, type EnrollmentRow } from "./enrollment-table";
import { ACTION_LABELS } from "./labels";
import { formatKw } from "@/lib/core/money";
import { OperationsForm } from "./operations-form";

export interface BatteryView {
  id: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  capacityKwh: number;
  powerKw: number;
  simulated: boolean;
  hasAdapter: boolean;
  enrollmentMode: "automatic" | "manual";
  state: { stateOfChargePercent: number | null; operatingMode: string | null; backupReservePercent: number | null; stormGuardActive: boolean; lastSeenAt: Date | null };
  enrollments: EnrollmentRow[];
  commands: CommandRowView[];
}

/** One battery on its project page: what it is, what it last reported, its enrollments and commands, and the controls. */
export function BatteryCard({ battery, canEdit, programs }: { battery: BatteryView; canEdit: boolean; programs: { id: string; name: string }[] }) {
  const headingId = `battery-${battery.id}`;
  const { state } = battery;
  const requestable = programs.filter((program) => !battery.enrollments.some((enrollment) => enrollment.programId === program.id && enrollment.status !== "rejected"));
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="font-semibold text-slate-900">
            {battery.manufacturer} {battery.model}
          </h3>
          <p className="text-sm text-slate-600">
            Serial {battery.serialNumber} · {battery.capacityKwh} kWh · {formatKw(battery.powerKw)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {battery.simulated ? <Badge tone="info">Simulated</Badge> : null}
          {state.stormGuardActive ? <Badge tone="warning">Storm Guard active</Badge> : null}
        </div>
      </header>

      <dl className="mt-3 grid grid-cols-2 gap-3 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-5">
        <Reading label="Charge" value={state.stateOfChargePercent === null ? "—" : `${Math.round(state.stateOfChargePercent)} %`} />
        <Reading label="Mode" value={state.operatingMode ? (ACTION_LABELS[state.operatingMode] ?? state.operatingMode) : "—"} />
        <Reading label="Backup reserve" value={state.backupReservePercent === null ? "—" : `${state.backupReservePercent} %`} />
        <Reading label="Storm Guard" value={state.stormGuardActive ? "Active" : "Off"} />
        <Reading label="Last seen" value={state.lastSeenAt ? formatDateTime(state.lastSeenAt) : battery.hasAdapter ? "Not yet" : "No connection yet"} />
      </dl>
      {!battery.hasAdapter ? (
        <p className="mt-2 text-xs text-slate-600">Gridfolio has no connection to {battery.manufacturer}&apos;s cloud yet, so this battery reports nothing and commands to it fail with that reason.</p>
      ) : null}

      <section aria-label="Enrollments" className="mt-4">
        <h4 className="mb-1 text-sm font-semibold text-slate-900">Enrollments</h4>
        <EnrollmentTable
          enrollments={battery.enrollments}
          renderControls={
            canEdit
              ? (enrollment) =>
                  enrollment.mode === "manual" && enrollment.status !== "enrolled" && enrollment.status !== "rejected" ? (
                    <OperationsForm
                      action={recordEnrollmentStep.bind(null, enrollment.id)}
                      idPrefix={`step-${enrollment.id}`}
                      columns={2}
                      submitLabel="Record step"
                      pendingLabel="Recording…"
                      fields={[
                        {
                          kind: "select",
                          name: "step",
                          label: "Manufacturer step",
                          options: [
                            { value: "start_testing", label: "Testing started" },
                            { value: "start_configuring", label: "Configuring started" },
                            { value: "confirm_enrolled", label: "Enrolled" },
                            { value: "reject", label: "Rejected" },
                          ],
                        },
                        { kind: "input", name: "reason", label: "Reason (if rejected)" },
                      ]}
                    />
                  ) : enrollment.status === "rejected" ? (
                    <ActionButton action={requestEnrollment.bind(null, battery.id)} hidden={{ programId: enrollment.programId }} label="Request again" pendingLabel="Requesting…" variant="secondary" ariaLabel={`Request the enrollment of battery ${battery.serialNumber} again`} />
                  ) : null
              : undefined
          }
        />
        {canEdit && requestable.length > 0 ? (
          <div className="mt-3">
            <OperationsForm
              action={requestEnrollment.bind(null, battery.id)}
              idPrefix={`enroll-${battery.id}`}
              columns={2}
              submitLabel="Request enrollment"
              pendingLabel="Requesting…"
              fields={[{ kind: "select", name: "programId", label: "Program", options: requestable.map((program) => ({ value: program.id, label: program.name })), hint: battery.enrollmentMode === "automatic" ? "The manufacturer reports each step." : "Record each step of the manufacturer's process as it happens." }]}
            />
          </div>
        ) : null}
      </section>

      <section aria-label="Commands" className="mt-4">
        <h4 className="mb-1 text-sm font-semibold text-slate-900">Commands</h4>
        <CommandTable commands={battery.commands} />
        {canEdit ? (
          <Disclosure summary="Send a command" className="mt-3">
            <OperationsForm
                action={sendDeviceCommand.bind(null, battery.id)}
                idPrefix={`command-${battery.id}`}
                columns={4}
                submitLabel="Send command"
                pendingLabel="Sending…"
                fields={[
                  { kind: "select", name: "action", label: "Action", options: commandActions.map((action) => ({ value: action, label: ACTION_LABELS[action] ?? action })), defaultValue: "discharge" },
                  { kind: "input", name: "powerKw", label: "Power", unit: "kW", inputMode: "decimal", defaultValue: String(battery.powerKw), hint: "Blank for idle and self-consumption." },
                  { kind: "input", name: "startsInMinutes", label: "Starts in", unit: "minutes", inputMode: "numeric", defaultValue: "0" },
                  { kind: "input", name: "durationMinutes", label: "Lasts", unit: "minutes", inputMode: "numeric", defaultValue: "60" },
                  { kind: "checkbox", name: "enableGridInteraction", label: "Grid interaction", hint: "Through the manufacturer's grid service; needs an enrolled battery and Grid Services on." },
                ]}
              />
          </Disclosure>
        ) : null}
        {canEdit && battery.simulated ? (
          <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
            <ActionButton
              action={simulateStormGuard.bind(null, battery.id, !state.stormGuardActive)}
              label={state.stormGuardActive ? "End simulated storm" : "Simulate a storm alert"}
              pendingLabel="Switching…"
              variant="secondary"
            />
            <span className="text-xs text-slate-500">Storm Guard holds the battery full; grid commands are skipped while it is on.</span>
          </div>
        ) : null}
      </section>
    </article>
  );
}

function Reading({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

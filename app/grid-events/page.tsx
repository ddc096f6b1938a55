import type { Metadata } from "next";
import { OperationsForm } from "@/components/devices/operations-form";
import { LiveRefresh } from "@/components/devices/live-refresh";
import { GridEventList } from "@/components/grid-events/grid-event-list";
import { withDatabase } from "@/app/_shell/with-database";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createGridEvent } from "@/lib/actions/grid-events/create-grid-event";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { findGridEvents, isGridServicesOn } from "@/lib/server/data/operations";
import { programCatalog } from "@/lib/core/programs";

export const metadata: Metadata = { title: "Grid events" };

export default async function GridEventsPage() {
  return withDatabase(async () => {
    const access = await requireMember();
    const canCreate = allows(access, "organization", "update");
    const [events, gridServicesOn] = await Promise.all([findGridEvents(access.organizationId), isGridServicesOn(access.organizationId)]);
    const pending = events.some((event) => event.status === "dispatched");
    return (
      <>
        <LiveRefresh active={pending} />
        <PageHeader title="Grid events" subtitle="Events the programs call: each enrolled battery is sent a discharge command, and what it delivered is measured from its telemetry." />
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <GridEventList events={events} />
          </div>
          <aside className="space-y-6">
            <Card>
              <CardHeader title="New event" id="new-event-heading" description={gridServicesOn ? "Sent at once to every battery enrolled in the program." : "Grid Services is off: an owner or admin turns it on in the organization settings before events can be sent."} />
              <div className="px-5 py-4">
                {canCreate ? (
                  <OperationsForm
                    action={createGridEvent}
                    idPrefix="event"
                    columns={2}
                    submitLabel="Create and send event"
                    pendingLabel="Sending…"
                    fields={[
                      { kind: "select", name: "programId", label: "Program", options: programCatalog.map((program) => ({ value: program.id, label: `${program.shortName} (${program.states.join(", ")})` })) },
                      { kind: "input", name: "maxKwPerBattery", label: "Cap per battery", unit: "kW", inputMode: "decimal", hint: "Blank: each battery's rated power." },
                      { kind: "input", name: "startsInMinutes", label: "Starts in", unit: "minutes", inputMode: "numeric", defaultValue: "1" },
                      { kind: "input", name: "durationMinutes", label: "Lasts", unit: "minutes", inputMode: "numeric", defaultValue: "60" },
                      { kind: "input", name: "note", label: "Note", hint: "E.g. the utility's event notice." },
                    ]}
                  />
                ) : (
                  <p className="text-sm text-slate-600">Owners and admins create grid events.</p>
                )}
              </div>
            </Card>
          </aside>
        </div>
      </>
    );
  });
}

import { Card, CardHeader } from "@/components/ui/card";
import { stateName } from "@/lib/core/geo/states";
import { tariffLabels } from "@/lib/validation/project";

type Details = {
  customerName: string;
  email: string | null;
  phone: string | null;
  street: string;
  city: string;
  state: string;
  zip: string;
  utility: string | null;
  tariff: keyof typeof tariffLabels;
  segment: "residential" | "commercial";
  notes: string | null;
};

export function ProjectDetails({ project }: { project: Details }) {
  const rows: [string, string][] = [
    ["Customer", project.customerName],
    ["Email", project.email ?? "—"],
    ["Phone", project.phone ?? "—"],
    ["Site", `${project.street}, ${project.city}, ${project.state} ${project.zip}`],
    ["State", stateName(project.state)],
    ["Utility", project.utility ?? "—"],
    ["Tariff", tariffLabels[project.tariff]],
    ["Customer type", project.segment === "residential" ? "Residential" : "Commercial"],
  ];
  return (
    <Card>
      <CardHeader title="Project details" />
      <dl className="divide-y divide-slate-100 px-5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-3 gap-3 py-2.5">
            <dt className="text-slate-600">{label}</dt>
            <dd className="col-span-2 break-words text-slate-900">{value}</dd>
          </div>
        ))}
        {project.notes ? (
          <div className="py-2.5">
            <dt className="text-slate-600">Notes</dt>
            <dd className="mt-1 whitespace-pre-line text-slate-900">{project.notes}</dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ProjectSummary } from "@/lib/server/data/projects";
import { formatDate } from "@/lib/core/dates/format";
import { tariffLabels } from "@/lib/validation/project";

export function ProjectTable({ projects }: { projects: ProjectSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Projects, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">Customer</th>
            <th scope="col" className="px-4 py-3">Site</th>
            <th scope="col" className="hidden px-4 py-3 md:table-cell">Utility</th>
            <th scope="col" className="hidden px-4 py-3 lg:table-cell">Tariff</th>
            <th scope="col" className="px-4 py-3 text-right">Options</th>
            <th scope="col" className="hidden px-4 py-3 text-right sm:table-cell">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {projects.map((project) => (
            <tr key={project.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/projects/${project.id}`} className="font-medium text-brand-700 hover:underline">
                  {project.customerName}
                </Link>
                {project.isSample ? (
                  <span className="ml-2">
                    <Badge tone="info">Sample</Badge>
                  </span>
                ) : null}
                {project.segment === "commercial" ? (
                  <span className="ml-2">
                    <Badge>Commercial</Badge>
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-700">
                {project.street}, {project.city}, {project.state} {project.zip}
              </td>
              <td className="hidden px-4 py-3 text-slate-700 md:table-cell">{project.utility ?? "—"}</td>
              <td className="hidden px-4 py-3 text-slate-700 lg:table-cell">{tariffLabels[project.tariff as keyof typeof tariffLabels] ?? project.tariff}</td>
              <td className="figures px-4 py-3 text-right text-slate-700">{project.optionCount}</td>
              <td className="figures hidden whitespace-nowrap px-4 py-3 text-right text-slate-600 sm:table-cell">{formatDate(project.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

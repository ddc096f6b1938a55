import Link from "next/link";

export type OrganizationSection = "company" | "integrations";

const SECTIONS: { key: OrganizationSection; href: string; label: string }[] = [
  { key: "company", href: "/organization", label: "Company" },
  { key: "integrations", href: "/organization/integrations", label: "Integrations" },
];

/**
 * The organization's two parts: the company (team, profile, prices) every member works with, and the integrations
 * (Grid Services, API keys, webhooks) only owners and admins manage. Others see no tabs: they have one part.
 */
export function OrganizationNav({ current, canManage }: { current: OrganizationSection; canManage: boolean }) {
  if (!canManage) return null;
  return (
    <nav aria-label="Organization" className="no-print -mt-2 mb-6 border-b border-slate-200">
      <ul className="flex gap-1 overflow-x-auto text-sm">
        {SECTIONS.map((section) => {
          const isCurrent = section.key === current;
          return (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 font-medium ${isCurrent ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

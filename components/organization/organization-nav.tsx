import Link from "next/link";

export type OrganizationSection = "company" | "prices" | "tariffs" | "integrations";

const SECTIONS: { key: OrganizationSection; href: string; label: string; isManagersOnly: boolean }[] = [
  { key: "company", href: "/organization", label: "Company", isManagersOnly: false },
  { key: "prices", href: "/organization/prices", label: "Prices and equipment", isManagersOnly: false },
  { key: "tariffs", href: "/organization/tariffs", label: "Utility rates", isManagersOnly: false },
  { key: "integrations", href: "/organization/integrations", label: "Integrations", isManagersOnly: true },
];

/**
 * The organization's parts: the company (team, profile) and its prices and equipment, which every member works with
 * (designers price options from them), and the integrations (Grid Services, API keys, webhooks) only owners and
 * admins manage, so others see no Integrations tab.
 */
export function OrganizationNav({ current, canManage }: { current: OrganizationSection; canManage: boolean }) {
  const sections = SECTIONS.filter((section) => canManage || !section.isManagersOnly);
  return (
    <nav aria-label="Organization" className="no-print -mt-2 mb-6 border-b border-slate-200">
      <ul className="flex gap-1 overflow-x-auto text-sm">
        {sections.map((section) => {
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

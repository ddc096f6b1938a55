import type { Metadata } from "next";
import { OrganizationNav } from "@/components/organization/organization-nav";
import { OrganizationTariffs, type OrganizationTariffRow } from "@/components/usage/organization-tariffs";
import { PageHeader } from "@/components/ui/page-header";
import { withDatabase } from "@/app/_shell/with-database";
import { addOrganizationTariff } from "@/lib/actions/usage-and-rates/add-organization-tariff";
import { deleteOrganizationTariff } from "@/lib/actions/usage-and-rates/delete-organization-tariff";
import { parseUrdbRate } from "@/lib/core/bills";
import { formatDate } from "@/lib/core/dates/format";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { findOrganizationTariffs, type OrganizationTariff } from "@/lib/server/data/usage-and-rates";

export const metadata: Metadata = { title: "Utility rates" };

/** What a pasted rate holds, in words; a row that no longer parses says so instead of breaking the page. */
function rowOf(tariff: OrganizationTariff): OrganizationTariffRow {
  let holds: string;
  try {
    const rate = parseUrdbRate(tariff.urdb);
    const periods = `${rate.periods.length} price period${rate.periods.length === 1 ? "" : "s"}`;
    const fixed = rate.fixedCharge.dollars > 0 ? `, fixed $${rate.fixedCharge.dollars.toFixed(2)} a ${rate.fixedCharge.per}` : "";
    holds = `${periods}${fixed}`;
  } catch {
    holds = "no longer readable: paste it again";
  }
  return { id: tariff.id, name: tariff.name, details: [tariff.utility, tariff.state, holds].filter(Boolean).join(" · "), added: formatDate(tariff.createdAt) };
}

/**
 * Rates pasted from OpenEI's Utility Rate Database, for customers of utilities Gridfolio ships no rate for. Every
 * member sees them (designers choose them under Usage and rates); owners and admins add and delete them.
 */
export default async function UtilityRatesPage() {
  return withDatabase(async () => {
    const access = await requireMember();
    const canManage = allows(access, "organization", "update");
    const tariffs = await findOrganizationTariffs(access.organizationId);
    return (
      <>
        <PageHeader title={access.organizationName} subtitle="Utility rates: the rates your organization pasted from OpenEI, which any option can use for its bill savings." />
        <OrganizationNav current="tariffs" canManage={canManage} />
        <div className="max-w-4xl">
          <OrganizationTariffs
            tariffs={tariffs.map(rowOf)}
            canManage={canManage}
            add={canManage ? addOrganizationTariff : null}
            remove={canManage ? Object.fromEntries(tariffs.map((tariff) => [tariff.id, deleteOrganizationTariff.bind(null, tariff.id)])) : {}}
          />
        </div>
      </>
    );
  });
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OptionForm } from "@/components/options/option-form";
import { withDatabase } from "@/app/_shell/with-database";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/lib/validation/ids";
import { deleteOption } from "@/lib/actions/options/delete-option";
import { updateOption } from "@/lib/actions/options/update-option";
import { getOption } from "@/lib/server/data/options";
import { findOwnBatteryModels } from "@/lib/server/data/price-list";
import { optionToFormValues } from "@/lib/validation/form-values";
import { requirePermission } from "@/lib/server/auth/guards";
import { usageStatusOf } from "@/components/usage/usage-status";
import { todayIsoDate } from "@/lib/core/dates/iso-date";

export const metadata: Metadata = { title: "Edit option" };

type Params = Promise<{ projectId: string; optionId: string }>;

export default async function OptionPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | undefined>> }) {
  const { projectId, optionId } = await params;
  const flags = await searchParams;
  if (!parseId(projectId) || !parseId(optionId)) notFound();
  return withDatabase(async () => {
    const access = await requirePermission("project", "update");
    const [option, ownBatteryModels] = await Promise.all([getOption(access.organizationId, projectId, optionId), findOwnBatteryModels(access.organizationId)]);
    if (!option) notFound();
    const base = `/projects/${projectId}/options/${optionId}`;
    return (
      <>
        <PageHeader
          title={option.name}
          subtitle={`Option of ${option.project.customerName} · ${usageStatusOf(option.usageAndRates, todayIsoDate()).text}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${projectId}`, label: option.project.customerName },
          ]}
          actions={
            <>
              <ButtonLink href={`${base}/incentives`} variant="secondary">
                Manage incentives
              </ButtonLink>
              <ButtonLink href={`${base}/usage`} variant="secondary">
                Usage and rates
              </ButtonLink>
              <ButtonLink href={`${base}/financing`} variant="secondary">
                How the customer pays
              </ButtonLink>
              <ButtonLink href={`${base}/proposal`} variant="secondary">
                Proposal
              </ButtonLink>
              <ConfirmDelete
                action={deleteOption.bind(null, projectId, optionId)}
                triggerLabel="Delete option"
                title={`Delete ${option.name}?`}
                description="This deletes the option with its enabled programs and custom incentives. It cannot be undone."
                confirmLabel="Delete option"
              />
            </>
          }
        />
        <OptionForm
          action={updateOption.bind(null, projectId, optionId)}
          initial={optionToFormValues(option)}
          version={option.version}
          ownBatteryModels={ownBatteryModels}
          submitLabel="Save option"
          cancelHref={`/projects/${projectId}`}
          savedMessage={flags.saved ? "Option created." : undefined}
        />
      </>
    );
  });
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresentationView } from "@/components/present/presentation-view";
import { withDatabase } from "@/app/_shell/with-database";
import { parseId } from "@/lib/validation/ids";
import { previewProposal } from "@/lib/actions/incentives/preview-proposal";
import { getOption } from "@/lib/server/data/options";
import { presentOption } from "@/lib/proposal/present-view";
import { requireMember } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Presentation" };

type Params = Promise<{ projectId: string; optionId: string }>;

export default async function PresentPage({ params }: { params: Params }) {
  const { projectId, optionId } = await params;
  if (!parseId(projectId) || !parseId(optionId)) notFound();
  return withDatabase(async () => {
    const access = await requireMember();
    const option = await getOption(access.organizationId, projectId, optionId);
    if (!option) notFound();
    return (
      <PresentationView
        title={option.name}
        subtitle={`Proposal for ${option.project.customerName}`}
        initial={presentOption(option)}
        preview={previewProposal.bind(null, projectId, optionId)}
        exitHref={`/projects/${projectId}/options/${optionId}/proposal`}
      />
    );
  });
}

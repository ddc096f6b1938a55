import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { offerRowOf } from "@/components/financing/offer-rows";
import { OptionOffers } from "@/components/financing/option-offers";
import { FinancingComparison } from "@/components/proposal/financing/financing-comparison";
import { withDatabase } from "@/app/_shell/with-database";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { offerFinancingProduct } from "@/lib/actions/financing/offer-financing-product";
import { offerTypedFinancing } from "@/lib/actions/financing/offer-typed-financing";
import { removeFinancingOffer } from "@/lib/actions/financing/remove-financing-offer";
import { setPreferredFinancing } from "@/lib/actions/financing/set-preferred-financing";
import { todayIsoDate } from "@/lib/core/dates/iso-date";
import { formatUsd } from "@/lib/core/money/format";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { buildFinancingView } from "@/lib/proposal/financing-view";
import { allows } from "@/lib/server/auth/access";
import { requirePermission } from "@/lib/server/auth/guards";
import { findFinancingProducts, findOptionFinancing } from "@/lib/server/data/financing";
import { getOption } from "@/lib/server/data/options";
import { FINANCING_KIND_LABELS } from "@/lib/validation/financing";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "How the customer pays" };

type Params = Promise<{ projectId: string; optionId: string }>;

/** Cash and the financing offered on one option: add an offer from a product or with typed terms, remove one, choose the preferred one. */
export default async function OptionFinancingPage({ params }: { params: Params }) {
  const { projectId, optionId } = await params;
  if (!parseId(projectId) || !parseId(optionId)) notFound();
  return withDatabase(async () => {
    const access = await requirePermission("project", "read");
    const canEdit = allows(access, "project", "update");
    const option = await getOption(access.organizationId, projectId, optionId);
    if (!option) notFound();
    const [offers, products] = await Promise.all([findOptionFinancing(access.organizationId, optionId), canEdit ? findFinancingProducts(access.organizationId) : []]);
    const evaluation = evaluateStoredOption(option);
    const view = buildFinancingView({ option, evaluation, offers, proposalDate: todayIsoDate(), billTodayMonthlyCents: option.billTodayMonthlyCents ?? null });
    const rows = offers.flatMap((offer) => offerRowOf(offer) ?? []);
    const base = `/projects/${projectId}/options/${optionId}`;
    const price = evaluation.financials.withGridServices.netCostCents;
    return (
      <>
        <PageHeader
          title="How the customer pays"
          subtitle={`${option.name} · ${option.project.customerName} · price after incentives at signing ${formatUsd(price)}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${projectId}`, label: option.project.customerName },
            { href: base, label: option.name },
          ]}
          actions={<ButtonLink href={`${base}/proposal`}>View proposal</ButtonLink>}
        />
        <div className="space-y-6">
          <OptionOffers
            offers={rows}
            products={products.filter((product) => product.terms !== null).map((product) => ({ id: product.id, label: `${product.name} (${FINANCING_KIND_LABELS[product.kind]})` }))}
            canEdit={canEdit}
            offerProduct={offerFinancingProduct.bind(null, projectId, optionId)}
            offerTyped={offerTypedFinancing.bind(null, projectId, optionId)}
            remove={Object.fromEntries(rows.map((row) => [row.id, removeFinancingOffer.bind(null, projectId, optionId, row.id)]))}
            prefer={Object.fromEntries(rows.map((row) => [row.id, setPreferredFinancing.bind(null, projectId, optionId, row.id)]))}
            preferCash={setPreferredFinancing.bind(null, projectId, optionId, null)}
          />
          <Card>
            <CardHeader
              title="The offers side by side"
              description={
                option.billTodayMonthlyCents == null
                  ? "As the proposal shows them, with Grid Services. Enter today's monthly bill on the option to show the customer's month-by-month view."
                  : "As the proposal shows them, with Grid Services."
              }
            />
            <div className="px-5 py-4">
              <FinancingComparison comparison={view.comparison} caption="Cash and each offer, side by side" />
            </div>
          </Card>
        </div>
      </>
    );
  });
}

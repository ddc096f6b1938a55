import type { Metadata } from "next";
import { FinancingProducts } from "@/components/financing/financing-products";
import { blankProductValues, productRowOf } from "@/components/financing/product-rows";
import { PageHeader } from "@/components/ui/page-header";
import { withDatabase } from "@/app/_shell/with-database";
import { archiveFinancingProduct } from "@/lib/actions/financing/archive-financing-product";
import { createFinancingProduct } from "@/lib/actions/financing/create-financing-product";
import { reviseFinancingProduct } from "@/lib/actions/financing/revise-financing-product";
import { todayIsoDate } from "@/lib/core/dates/iso-date";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { findFinancingProducts } from "@/lib/server/data/financing";

export const metadata: Metadata = { title: "Financing products" };

/**
 * The organization's loans, leases and PPAs with their lenders' terms. Every member sees them (designers offer them
 * on options); owners and admins add, edit and archive them.
 */
export default async function FinancingProductsPage() {
  return withDatabase(async () => {
    const access = await requireMember();
    const canManage = allows(access, "organization", "update");
    const products = await findFinancingProducts(access.organizationId);
    return (
      <>
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
          <a href="/organization" className="underline-offset-2 hover:underline">
            {access.organizationName}
          </a>{" "}
          › Financing products
        </nav>
        <PageHeader
          title="Financing products"
          subtitle="The loans, leases and power purchase agreements you offer, with each lender's terms and where they were read. Editing a product saves new terms; offers already made keep the terms they were made with."
        />
        <div className="max-w-4xl">
          <FinancingProducts
            products={products.map(productRowOf)}
            canManage={canManage}
            blank={blankProductValues(todayIsoDate())}
            create={canManage ? createFinancingProduct : null}
            revise={canManage ? Object.fromEntries(products.map((product) => [product.id, reviseFinancingProduct.bind(null, product.id)])) : {}}
            archive={canManage ? Object.fromEntries(products.map((product) => [product.id, archiveFinancingProduct.bind(null, product.id)])) : {}}
          />
        </div>
      </>
    );
  });
}

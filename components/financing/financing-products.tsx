"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActionState } from "@/lib/actions/state";
import { FinancingProductForm, type FinancingProductValues } from "./product-form";
import { RowAction } from "./row-action";

type ProductAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type FinancingProductRow = {
  id: string;
  name: string;
  provider: string;
  kindLabel: string;
  /** The terms in words (components/financing/terms-summary.ts); empty when they are no longer accepted. */
  summary: string[];
  effectiveFrom: string;
  checkedOn: string;
  sourceUrl: string | null;
  notes: string | null;
  /** "Added Dec 3, 2026" or "New terms saved Dec 3, 2026". */
  versionNote: string;
  /** The edit form's starting values; null when the stored terms are no longer accepted (archive it instead). */
  values: FinancingProductValues | null;
};

/** The organization's current financing products; owners and admins add, edit (a new version) and archive them. */
export function FinancingProducts({
  products,
  canManage,
  blank,
  create,
  revise,
  archive,
}: {
  products: FinancingProductRow[];
  canManage: boolean;
  blank: FinancingProductValues;
  create: ProductAction | null;
  revise: Record<string, ProductAction>;
  archive: Record<string, ProductAction>;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  return (
    <div className="space-y-6">
      {products.length === 0 ? (
        <EmptyState title="No financing products yet">
          {canManage
            ? "Add the loans, leases and PPAs you offer, with the lender's terms, so designers can offer them on an option in one click."
            : "Owners and admins add the loans, leases and PPAs your company offers. Until then, terms can be typed on each option."}
        </EmptyState>
      ) : (
        <ul aria-label="Financing products" className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {products.map((product) => (
            <li key={product.id} className="space-y-3 px-5 py-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{product.name}</span>
                    <Badge tone="info">{product.kindLabel}</Badge>
                  </p>
                  <p className="text-sm text-slate-600">{product.provider}</p>
                  {product.summary.length > 0 ? (
                    <ul className="figures list-disc pl-5 text-sm text-slate-700">
                      {product.summary.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-amber-800">These stored terms are outside what Gridfolio accepts today: archive the product and add it again.</p>
                  )}
                  <p className="text-xs text-slate-500">
                    Terms apply from {product.effectiveFrom} · checked {product.checkedOn}
                    {product.sourceUrl ? (
                      <>
                        {" · "}
                        <a href={product.sourceUrl} className="break-all text-brand-700 underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                          source<span className="sr-only"> of {product.name}&apos;s terms (opens in a new tab)</span>
                        </a>
                      </>
                    ) : null}
                    {" · "}
                    {product.versionNote}
                  </p>
                  {product.notes ? <p className="whitespace-pre-line text-sm text-slate-600">{product.notes}</p> : null}
                </div>
                {canManage ? (
                  <div className="flex flex-wrap items-center gap-2">
                    {product.values ? (
                      <Button variant="secondary" onClick={() => setEditing(editing === product.id ? null : product.id)} aria-expanded={editing === product.id} aria-label={`Edit ${product.name}`}>
                        Edit
                      </Button>
                    ) : null}
                    <RowAction action={archive[product.id]!} label="Archive" pendingLabel="Archiving…" rowName={product.name} />
                  </div>
                ) : null}
              </div>
              {editing === product.id && product.values ? (
                <div className="rounded-lg border border-slate-200 p-4">
                  <p className="mb-3 text-sm text-slate-600">Saving writes new terms; options that already offer this product keep the terms they were offered with.</p>
                  <FinancingProductForm idPrefix={`edit-${product.id}`} action={revise[product.id]!} initial={product.values} submitLabel="Save new terms" onSaved={() => setEditing(null)} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage && create ? (
        isAdding ? (
          <section aria-labelledby="new-product-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="new-product-heading" className="mb-4 text-base font-semibold text-slate-900">
              New financing product
            </h2>
            <FinancingProductForm idPrefix="new-product" action={create} initial={blank} submitLabel="Add product" />
            <Button variant="ghost" className="mt-3" onClick={() => setIsAdding(false)}>
              Close
            </Button>
          </section>
        ) : (
          <Button onClick={() => setIsAdding(true)}>Add financing product</Button>
        )
      ) : null}
    </div>
  );
}

"use client";

import { startTransition, useActionState, useState, type ReactNode } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { ZProductOfferForm, ZTypedOfferForm, blankTermsValues } from "@/lib/validation/financing";
import { RowAction } from "./row-action";
import { TermsFields } from "./terms-fields";

type OfferAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type OfferRow = {
  id: string;
  label: string;
  kindLabel: string;
  summary: string[];
  isPreferred: boolean;
  /** "From GreenLend 25-year 6.99%" or "Terms typed for this option". */
  origin: string;
};

export type ProductChoice = { id: string; label: string };

/** Adds an offer and, once it is added, starts the form over (a new, empty form). */
function useOfferForm(action: OfferAction) {
  const [generation, setGeneration] = useState(0);
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) setGeneration((value) => value + 1);
    return result;
  }, initialActionState);
  return { generation, state, formAction };
}

function ProductOfferForm({ products, action }: { products: ProductChoice[]; action: OfferAction }) {
  const { generation, state, formAction } = useOfferForm(action);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZProductOfferForm, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  return (
    <div className="space-y-3">
      <form key={generation} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-4">
        <SelectField id="offer-product" name="productId" label="Financing product" options={[{ value: "", label: "Choose a product…" }, ...products.map((product) => ({ value: product.id, label: product.label }))]} defaultValue="" error={errors.productId} />
        <InputField id="offer-product-label" name="label" label="Name shown to the customer" unit="optional" defaultValue="" error={errors.label} hint="Blank: the product's name." autoComplete="off" />
        <SubmitButton pendingLabel="Offering…" variant="secondary">
          Offer this product
        </SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}

function TypedOfferForm({ action }: { action: OfferAction }) {
  const { generation, state, formAction } = useOfferForm(action);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZTypedOfferForm, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  return (
    <div className="space-y-3">
      <form key={generation} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-4">
        <InputField id="typed-offer-label" name="label" label="Name shown to the customer" defaultValue="" error={errors.label} placeholder="Credit union 15-year loan" autoComplete="off" />
        <TermsFields idPrefix="typed-offer" initial={blankTermsValues} errors={errors} />
        <SubmitButton pendingLabel="Offering…" variant="secondary">
          Offer these terms
        </SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}

/**
 * "How the customer pays" for one option: cash always, then each offer with its terms, the one the proposal leads
 * with marked preferred. `figures` holds each offer's figures (and cash's under "cash") when the page has them.
 */
export function OptionOffers({
  offers,
  products,
  canEdit,
  offerProduct,
  offerTyped,
  remove,
  prefer,
  preferCash,
  figures = {},
}: {
  offers: OfferRow[];
  products: ProductChoice[];
  canEdit: boolean;
  offerProduct: OfferAction;
  offerTyped: OfferAction;
  remove: Record<string, OfferAction>;
  prefer: Record<string, OfferAction>;
  preferCash: OfferAction;
  figures?: Record<string, ReactNode>;
}) {
  const isCashPreferred = !offers.some((offer) => offer.isPreferred);
  return (
    <div className="space-y-6">
      <ul aria-label="Offered ways to pay" className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        <li className="space-y-2 px-5 py-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">Cash</span>
                <Badge>Always offered</Badge>
                {isCashPreferred ? <Badge tone="success">Preferred</Badge> : null}
              </p>
              <p className="text-sm text-slate-600">The customer pays the price after incentives at signing.</p>
            </div>
            {canEdit && !isCashPreferred ? <RowAction action={preferCash} label="Make preferred" pendingLabel="Saving…" rowName="Cash" /> : null}
          </div>
          {figures.cash ?? null}
        </li>
        {offers.map((offer) => (
          <li key={offer.id} className="space-y-2 px-5 py-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{offer.label}</span>
                  <Badge tone="info">{offer.kindLabel}</Badge>
                  {offer.isPreferred ? <Badge tone="success">Preferred</Badge> : null}
                </p>
                <ul className="figures list-disc pl-5 text-sm text-slate-700">
                  {offer.summary.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p className="text-xs text-slate-500">{offer.origin}</p>
              </div>
              {canEdit ? (
                <div className="flex flex-wrap items-center gap-2">
                  {offer.isPreferred ? null : <RowAction action={prefer[offer.id]!} label="Make preferred" pendingLabel="Saving…" rowName={offer.label} />}
                  <RowAction action={remove[offer.id]!} label="Remove" pendingLabel="Removing…" rowName={offer.label} />
                </div>
              ) : null}
            </div>
            {figures[offer.id] ?? null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="offer-product-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="offer-product-heading" className="text-base font-semibold text-slate-900">
              Offer a financing product
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">The product&apos;s terms are copied onto this option: later edits of the product do not change this offer.</p>
            {products.length === 0 ? (
              <p className="text-sm text-slate-600">
                Your company has no financing products yet. <a href="/organization/financing" className="text-brand-700 underline underline-offset-2">Financing products</a> are kept by owners and admins; meanwhile, type the terms here.
              </p>
            ) : (
              <ProductOfferForm products={products} action={offerProduct} />
            )}
          </section>
          <section aria-labelledby="typed-offer-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="typed-offer-heading" className="text-base font-semibold text-slate-900">
              Offer other terms
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">A quote for this customer only: a loan, a lease or a PPA.</p>
            <TypedOfferForm action={offerTyped} />
          </section>
        </div>
      ) : null}
    </div>
  );
}

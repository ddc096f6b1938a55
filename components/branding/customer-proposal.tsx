import type { CompanyBrand } from "@/lib/core/brand/brand";
import type { customerProposalOf } from "@/lib/proposal/customer-proposal";
import { ProposalDocument } from "@/components/proposal/proposal-document";
import { ProposalCover } from "./proposal-cover";
import { ProposalTerms } from "./proposal-terms";

/** The customer's proposal, one template for the customer link and the PDF: the installer's cover, the document, their terms. */
export function CustomerProposal({ brand, proposal }: { brand: CompanyBrand; proposal: ReturnType<typeof customerProposalOf> }) {
  return (
    <>
      <ProposalCover brand={brand} facts={proposal.cover} />
      <ProposalDocument view={proposal.view} meta={proposal.meta} />
      <ProposalTerms brand={brand} />
    </>
  );
}

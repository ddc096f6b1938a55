import { formatDate } from "../core/dates/format";
import { versionViewOf, type VersionSnapshot } from "./snapshot";

/** A finalized version as the customer's proposal shows it: the view, the cover's facts and the document's header. */
export function customerProposalOf(
  version: { snapshot: VersionSnapshot; number: number; finalizedAt: Date; finalizedByName: string; validUntil: Date | null; acceptedAt: Date | null; acceptedName: string | null },
  companyName: string,
) {
  return {
    view: versionViewOf(version.snapshot),
    cover: {
      preparedFor: version.snapshot.option.project.customerName,
      preparedBy: version.finalizedByName,
      date: formatDate(version.finalizedAt),
      validUntil: version.validUntil ? formatDate(version.validUntil) : null,
    },
    meta: { organizationName: companyName, number: version.number, finalizedAt: version.finalizedAt, acceptedAt: version.acceptedAt, acceptedName: version.acceptedName },
  };
}

import { formatDateIn } from "../core/dates/format";
import { timeZoneOfState } from "../core/dates/time-zone";
import { versionViewOf, type VersionSnapshot } from "./snapshot";

/**
 * A finalized version as the customer's proposal shows it: the view, the cover's facts and the document's header.
 * Every date is written once here, in one format and in the project's time zone (from its state), so the cover, the
 * validity, the version date and the acceptance agree with each other and with the homeowner's calendar.
 */
export function customerProposalOf(
  version: { snapshot: VersionSnapshot; number: number; finalizedAt: Date; finalizedByName: string; validUntil: Date | null; acceptedAt: Date | null; acceptedName: string | null },
  companyName: string,
) {
  const timeZone = timeZoneOfState(version.snapshot.option.project.state);
  const dateOf = (date: Date) => formatDateIn(date, timeZone);
  return {
    view: versionViewOf(version.snapshot),
    cover: {
      preparedFor: version.snapshot.option.project.customerName,
      preparedBy: version.finalizedByName,
      date: dateOf(version.finalizedAt),
      validUntil: version.validUntil ? dateOf(version.validUntil) : null,
    },
    meta: {
      organizationName: companyName,
      number: version.number,
      finalizedAt: version.finalizedAt,
      finalizedOn: dateOf(version.finalizedAt),
      acceptedAt: version.acceptedAt,
      acceptedOn: version.acceptedAt ? dateOf(version.acceptedAt) : null,
      acceptedName: version.acceptedName,
    },
    timeZone,
  };
}

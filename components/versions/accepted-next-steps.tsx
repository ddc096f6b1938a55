/** Who the customer deals with after accepting: shown on the confirmation. */
export type InstallerContact = { companyName: string; contactName: string | null; email: string | null };

/** After acceptance (at once, and whenever the customer opens the link again): what happens next and whom to ask. */
export function AcceptedNextSteps({ message, installer }: { message: string; installer: InstallerContact }) {
  return (
    <div role="status" className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-4 text-sm text-emerald-950">
      <p className="text-base font-semibold">Proposal accepted</p>
      <p>{message}</p>
      <div>
        <p className="font-medium">What happens next</p>
        <ol className="mt-1 list-decimal space-y-1 pl-5">
          <li>{installer.companyName} confirms your order and schedules a site visit.</li>
          <li>They file the permits and the utility&apos;s interconnection application for you.</li>
          <li>After installation, they enroll your battery in the Grid Services programs in this proposal.</li>
        </ol>
      </div>
      <p>
        Questions? Contact {installer.contactName ? `${installer.contactName} at ` : ""}
        {installer.companyName}
        {installer.email ? (
          <>
            {" "}
            (<a href={`mailto:${installer.email}`} className="underline">
              {installer.email}
            </a>
            )
          </>
        ) : null}
        .
      </p>
    </div>
  );
}

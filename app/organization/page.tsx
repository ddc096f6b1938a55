import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { ActionButton } from "@/components/account/action-button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { withDatabase } from "@/app/_shell/with-database";
import { cancelInvitation } from "@/lib/actions/organization/cancel-invitation";
import { inviteMember } from "@/lib/actions/organization/invite-member";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { isRole, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/server/auth/roles";
import { findOrganizationPeople } from "@/lib/server/data/organization";
import { OrganizationNav } from "@/components/organization/organization-nav";
import { formatDate } from "@/lib/core/dates/format";
import { invitableRoles } from "@/lib/validation/account";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Company" };

function roleLabel(role: string | null): string {
  return role && isRole(role) ? ROLE_LABELS[role] : (role ?? "—");
}

export default async function OrganizationPage() {
  return withDatabase(async () => {
    const access = await requireMember();
    const canInvite = allows(access, "invitation", "create");
    const canManage = allows(access, "organization", "update");
    const { members, invitations } = await findOrganizationPeople(access.organizationId);
    return (
      <>
        <PageHeader title={access.organizationName} subtitle="Your installer company: its profile and offers, its people and what each may do. Projects are visible only to members." />
        <OrganizationNav current="company" canManage={canManage} />
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <div className="grid gap-6 md:grid-cols-2">
              {canManage ? (
                <Card>
                  <CardHeader title="Company profile" description="Your logo, contact, colour, terms and warranty: what customers see on their proposal link and PDF." />
                  <div className="px-5 py-4">
                    <a href="/organization/profile" className={buttonClass("secondary")}>
                      Edit company profile
                    </a>
                  </div>
                </Card>
              ) : null}
              <Card>
                <CardHeader title="Financing products" description="The loans, leases and PPAs you offer, with each lender's terms, ready to offer on an option." />
                <div className="px-5 py-4">
                  <a href="/organization/financing" className={buttonClass("secondary")}>
                    {canManage ? "Manage financing products" : "View financing products"}
                  </a>
                </div>
              </Card>
            </div>
            <Card>
              <CardHeader title="Members" id="members-heading" description={`${members.length} ${members.length === 1 ? "person" : "people"}`} />
              <div className="overflow-x-auto">
                <table aria-labelledby="members-heading" className="w-full text-left text-sm">
                  <thead className="border-b border-slate-100 text-slate-600">
                    <tr>
                      <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
                      <th scope="col" className="px-5 py-2.5 font-medium">Email</th>
                      <th scope="col" className="px-5 py-2.5 font-medium">Role</th>
                      <th scope="col" className="px-5 py-2.5 text-right font-medium">Joined</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {members.map((member) => (
                      <tr key={member.id}>
                        <td className="px-5 py-2.5 text-slate-900">{member.user.name}</td>
                        <td className="break-all px-5 py-2.5 text-slate-700">{member.user.email}</td>
                        <td className="px-5 py-2.5 text-slate-700">{roleLabel(member.role)}</td>
                        <td className="figures px-5 py-2.5 text-right text-slate-700">{formatDate(member.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
            <Card>
              <CardHeader title="Pending invitations" id="invitations-heading" description="Each link works for seven days." />
              {invitations.length === 0 ? (
                <p className="px-5 py-4 text-sm text-slate-600">No pending invitations.</p>
              ) : (
                <ul aria-labelledby="invitations-heading" className="divide-y divide-slate-100">
                  {invitations.map((invitation) => (
                    <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
                      <div>
                        <p className="font-medium text-slate-900">{invitation.email}</p>
                        <p className="text-slate-600">
                          {roleLabel(invitation.role)} · expires {formatDate(invitation.expiresAt)}
                        </p>
                      </div>
                      {canInvite ? <ActionButton action={cancelInvitation.bind(null, invitation.id)} label="Cancel" pendingLabel="Cancelling…" variant="secondary" ariaLabel={`Cancel the invitation of ${invitation.email}`} /> : null}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
          <aside className="min-w-0 space-y-6">
            {canInvite ? (
              <Card>
                <CardHeader title="Invite a colleague" description="They get an email with a link to join." />
                <div className="px-5 py-4">
                  <AccountForm
                    action={inviteMember}
                    schema="invite"
                    resetOnSuccess
                    fields={[
                      { name: "email", label: "Email", type: "email", autoComplete: "off" },
                      { kind: "select", name: "role", label: "Role", defaultValue: "designer", options: invitableRoles.map((role) => ({ value: role, label: ROLE_LABELS[role] })) },
                    ]}
                    submitLabel="Send invitation"
                    pendingLabel="Sending…"
                  />
                </div>
              </Card>
            ) : null}
            <Card>
              <CardHeader title="Roles" />
              <dl className="divide-y divide-slate-100 px-5 text-sm">
                {(["owner", "admin", "designer", "viewer"] as const).map((role) => (
                  <div key={role} className="py-2.5">
                    <dt className="font-medium text-slate-900">{ROLE_LABELS[role]}</dt>
                    <dd className="text-slate-600">{ROLE_DESCRIPTIONS[role]}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          </aside>
        </div>
      </>
    );
  });
}

import type { Metadata } from "next";
import { CreateApiKeyForm } from "@/components/operations/api-keys";
import { GridServicesSwitch } from "@/components/operations/grid-services-switch";
import { ApiKeyList } from "@/components/organization/api-key-list";
import { OrganizationNav } from "@/components/organization/organization-nav";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { WebhooksSection } from "@/components/webhooks/webhooks-section";
import { withDatabase } from "@/app/_shell/with-database";
import { createApiKey, revokeApiKey } from "@/lib/actions/operations/api-keys";
import { setGridServices } from "@/lib/actions/operations/grid-services";
import { requirePermission } from "@/lib/server/auth/guards";
import { findOrganizationOperations } from "@/lib/server/data/organization";
import { findWebhookSettings } from "@/lib/server/data/webhooks";

export const metadata: Metadata = { title: "Integrations" };

/**
 * What connects the organization to other systems: Grid Services (may batteries take grid commands at all), the
 * REST API's keys and the webhooks. Owners and admins only (others get 403): a key or a destination URL is a
 * credential, and the switch acts on every battery the company looks after.
 */
export default async function IntegrationsPage() {
  return withDatabase(async () => {
    const access = await requirePermission("organization", "update");
    const [operations, webhooks] = await Promise.all([findOrganizationOperations(access.organizationId), findWebhookSettings(access.organizationId)]);
    return (
      <>
        <PageHeader title={access.organizationName} subtitle="Integrations: Grid Services, the REST API and webhooks. Only owners and admins see this part." />
        <OrganizationNav current="integrations" canManage />
        <div className="space-y-6">
          <div className="grid items-start gap-6 md:grid-cols-2">
            <Card>
              <CardHeader title="Grid Services" description="While off, commands that charge from or send power to the grid are refused for every battery." />
              <div className="px-5 py-4">
                <GridServicesSwitch isOn={operations.gridServicesEnabled} canChange toggle={setGridServices} />
              </div>
            </Card>
            <Card>
              <CardHeader title="API keys" description="For the REST API (/api/v1, described at /api/v1/openapi.json). A key is shown once." />
              <div className="space-y-4 px-5 py-4">
                <CreateApiKeyForm action={createApiKey} />
                <ApiKeyList keys={operations.apiKeys} revoke={revokeApiKey} />
              </div>
            </Card>
          </div>
          <WebhooksSection destinations={webhooks.destinations} deliveries={webhooks.deliveries} />
        </div>
      </>
    );
  });
}

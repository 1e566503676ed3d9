import { inOrg } from "@arco/services";
import { checkOrgDomains, runDomainExpiryWarnings } from "@arco/services/domains";

import { domainsCheckDue } from "../../client";
import { defineJob } from "../../job";

/**
 * One organization's daily domain run: refresh every domain's DNS and certificate, then warn
 * owners and admins about renewals and certificates expiring in 30, 7 or 1 day(s). Each warning
 * is gated by its `domain_expiry_alerts` row, so a retry sends nothing twice.
 */
export const runOrgDomainChecks = defineJob(
  {
    id: "run-org-domain-checks",
    name: "Check an organization's domains",
    trigger: { event: domainsCheckDue },
    retries: 3,
    // One run per organization at a time, a few organizations in parallel.
    concurrency: [{ key: "event.data.orgId", limit: 1 }, { limit: 5 }],
  },
  async ({ event, step, scope }) => {
    const org = inOrg(scope, event.data.orgId);
    const checked = await step.run("check-domains", () => checkOrgDomains(org));
    const { warnings } = await step.run("send-warnings", () => runDomainExpiryWarnings(org));
    return { ...checked, warnings };
  },
);

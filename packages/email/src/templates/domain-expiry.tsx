import { Action, Layout, Paragraph, Title } from "./layout";
import { plural } from "./plural";

export interface DomainExpiryProps {
  orgName: string;
  domain: string;
  /** What runs out: the registration (renewal) or the TLS certificate. */
  kind: "renewal" | "certificate";
  daysLeft: number;
  /** ISO date (YYYY-MM-DD) of the expiry. */
  expiresOn: string;
  domainUrl: string;
}

const what = (kind: DomainExpiryProps["kind"]) =>
  kind === "renewal" ? "registration" : "TLS certificate";

const when = (daysLeft: number) => (daysLeft <= 0 ? "today" : `in ${plural(daysLeft, "day")}`);

export const domainExpirySubject = ({ domain, kind, daysLeft }: DomainExpiryProps) =>
  `${domain}: the ${what(kind)} expires ${when(daysLeft)}`;

export function DomainExpiryEmail({
  orgName,
  domain,
  kind,
  daysLeft,
  expiresOn,
  domainUrl,
}: DomainExpiryProps) {
  return (
    <Layout
      preview={`The ${what(kind)} of ${domain} expires on ${expiresOn}.`}
      footer={`You received this email because you are an owner or admin of ${orgName} on Arco.`}
    >
      <Title>
        The {what(kind)} of {domain} expires {when(daysLeft)}
      </Title>
      <Paragraph>
        {kind === "renewal"
          ? `The domain ${domain} is registered until ${expiresOn}. Renew it before then, or the site and its email stop working.`
          : `The certificate that secures https://${domain} is valid until ${expiresOn}. After that, browsers warn every visitor that the site is not secure.`}
      </Paragraph>
      <Action href={domainUrl}>Review the domain</Action>
    </Layout>
  );
}

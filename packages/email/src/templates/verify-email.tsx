import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { plural } from "./plural";

export interface VerifyEmailProps {
  name: string | null;
  url: string;
  expiresInHours: number;
}

export const verifyEmailSubject = () => "Confirm your email address for Arco";

export function VerifyEmailEmail({ name, url, expiresInHours }: VerifyEmailProps) {
  const expiry = plural(expiresInHours, "hour");
  return (
    <Layout
      preview={`Confirm this address to finish setting up Arco. The link expires in ${expiry}.`}
      footer="You received this email because this address was used for an Arco account."
    >
      <Title>Confirm your email address</Title>
      <Paragraph>
        {name ? `Hi ${name}, please` : "Please"} confirm that this is your email address so we can
        keep your Arco account secure and send you important updates. The link expires in {expiry}.
      </Paragraph>
      <Action href={url}>Confirm email address</Action>
      <Note>
        Confirm only if you created this account yourself. If you didn&apos;t, ignore this email: an
        account whose address isn&apos;t confirmed can&apos;t be signed in to with a password.
      </Note>
    </Layout>
  );
}

import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { plural } from "./plural";

export interface MagicLinkProps {
  url: string;
  expiresInMinutes: number;
}

export const magicLinkSubject = () => "Your Arco sign-in link";

export function MagicLinkEmail({ url, expiresInMinutes }: MagicLinkProps) {
  const expiry = plural(expiresInMinutes, "minute");
  return (
    <Layout
      preview={`Sign in to Arco. The link expires in ${expiry}.`}
      footer="You received this email because someone asked to sign in to Arco with this address."
    >
      <Title>Sign in to Arco</Title>
      <Paragraph>
        Use the button below to sign in. The link works once and expires in {expiry}.
      </Paragraph>
      <Action href={url}>Sign in to Arco</Action>
      <Note>
        If you didn&apos;t ask to sign in, you can ignore this email: nobody can sign in without
        this link.
      </Note>
    </Layout>
  );
}

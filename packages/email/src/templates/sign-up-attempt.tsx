import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface SignUpAttemptProps {
  name: string | null;
  signInUrl: string;
}

export const signUpAttemptSubject = () =>
  "Someone tried to create an Arco account with your address";

/**
 * Sent instead of a second account: sign-up answers the same whether or not an address is
 * taken, and only the address's owner learns that it was.
 */
export function SignUpAttemptEmail({ name, signInUrl }: SignUpAttemptProps) {
  return (
    <Layout
      preview="This address already has an Arco account. Nothing was changed."
      footer="You received this email because someone used this address on Arco's sign-up page."
    >
      <Title>This address already has an account</Title>
      <Paragraph>
        {name ? `Hi ${name}, someone` : "Someone"} just tried to create an Arco account with this
        email address. It already has one, so nothing was created and nothing in your account
        changed.
      </Paragraph>
      <Paragraph>
        If it was you, sign in instead: with your password, or with a sign-in link sent to this
        address if you don&apos;t have one.
      </Paragraph>
      <Action href={signInUrl}>Sign in to Arco</Action>
      <Note>If it wasn&apos;t you, you can ignore this email: your account is safe.</Note>
    </Layout>
  );
}

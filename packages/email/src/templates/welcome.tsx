import { Action, Layout, Paragraph, Title } from "./layout";

export interface WelcomeProps {
  name: string | null;
  dashboardUrl: string;
}

export const welcomeSubject = () => "Welcome to Arco";

export function WelcomeEmail({ name, dashboardUrl }: WelcomeProps) {
  return (
    <Layout
      preview="Your Arco account is ready. Here is where to start."
      footer="You received this email because you created an Arco account."
    >
      <Title>{name ? `Welcome to Arco, ${name}` : "Welcome to Arco"}</Title>
      <Paragraph>
        Your account is ready. From your dashboard you can analyze any page for SEO, performance,
        security and accessibility, follow your projects, and invite your team.
      </Paragraph>
      <Action href={dashboardUrl}>Open your dashboard</Action>
    </Layout>
  );
}

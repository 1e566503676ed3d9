import { CircleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";

/**
 * A form-level failure (not tied to one field). It is a live region, so the message is read out
 * as soon as it appears, without moving focus away from the form.
 */
export function FormAlert({
  title,
  variant = "destructive",
  children,
}: {
  title?: string;
  variant?: "destructive" | "warning";
  children: React.ReactNode;
}) {
  return (
    <Alert variant={variant} role="alert">
      <CircleAlert aria-hidden />
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      <AlertDescription>
        <p>{children}</p>
      </AlertDescription>
    </Alert>
  );
}

import { Building2 } from "lucide-react";

import { CreateOrgForm } from "~/components/dashboard/create-org-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";

/** What someone outside every organization sees instead of organization pages. */
export function NoOrganization() {
  return (
    <Card className="mx-auto w-full max-w-lg">
      <CardHeader className="justify-items-center gap-3 text-center">
        <span className="grid size-12 place-items-center rounded-full bg-primary/10 text-primary">
          <Building2 aria-hidden className="size-6" />
        </span>
        <CardTitle className="text-xl">
          <h2>Create your organization</h2>
        </CardTitle>
        <CardDescription>
          You’re not part of an organization right now. Create one to invite your team, or open the
          invitation link someone sent you.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <CreateOrgForm />
      </CardContent>
    </Card>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { FormDialog } from "~/components/form-dialog";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";

import { emptyProjectForm, ProjectForm } from "./project-form";

/** "New project": the form in a dialog; on success, the new project's page. */
export function NewProjectDialog({ disabled, currency }: { disabled?: boolean; currency: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useMutation(trpc.projects.create.mutationOptions());

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button type="button" disabled={disabled}>
          <Plus aria-hidden />
          New project
        </Button>
      }
      title="New project"
      description="Only the name is required; the rest can be filled in as the project takes shape."
      className="max-h-[90svh] overflow-y-auto sm:max-w-2xl"
    >
      <ProjectForm
        defaultValues={emptyProjectForm}
        currency={currency}
        submitLabel="Create project"
        pendingLabel="Creating…"
        onSubmit={async (input) => {
          const project = await create.mutateAsync(input);
          await queryClient.invalidateQueries(trpc.projects.pathFilter());
          setOpen(false);
          toast.success(`Project “${project.name}” created.`);
          router.push(`/dashboard/projects/${project.id}`);
        }}
      />
    </FormDialog>
  );
}

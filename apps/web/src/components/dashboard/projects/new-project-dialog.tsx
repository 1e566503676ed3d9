"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { FormDialog } from "~/components/form-dialog";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";

import { emptyProjectForm, ProjectForm } from "./project-form";

/** "New project": the form in a dialog; on success, the new project's page. */
export function NewProjectDialog({ disabled, currency }: { disabled?: boolean; currency: string }) {
  const t = useTranslations("projects.newProject");
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
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="max-h-[90svh] overflow-y-auto sm:max-w-2xl"
    >
      <ProjectForm
        defaultValues={emptyProjectForm}
        currency={currency}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        onSubmit={async (input) => {
          const project = await create.mutateAsync(input);
          await queryClient.invalidateQueries(trpc.projects.pathFilter());
          setOpen(false);
          toast.success(t("created", { name: project.name }));
          router.push(`/dashboard/projects/${project.id}`);
        }}
      />
    </FormDialog>
  );
}

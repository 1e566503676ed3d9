"use client";

import { createTicketInput, ticketPriorities } from "@arco/api/schemas/tickets";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";

import { FormAlert } from "~/components/form-alert";
import { FormDialog } from "~/components/form-dialog";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Textarea } from "~/components/dashboard/tickets/textarea";
import { usePriorityLabel } from "~/components/dashboard/tickets/ticket-badges";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

const NO_PROJECT = "none";

export function NewTicketDialog({ disabled }: { disabled?: boolean }) {
  const t = useTranslations("tickets.newTicket");
  const errorsT = useTranslations("common.errors");
  const priorityLabel = usePriorityLabel();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const projects = useQuery({ ...trpc.tickets.projects.queryOptions(), enabled: open });
  const form = useForm({
    resolver: zodResolver(createTicketInput),
    defaultValues: { subject: "", description: "", priority: "medium" as const, projectId: null },
  });
  const create = useMutation(trpc.tickets.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const ticket = await create.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.tickets.pathFilter());
      toast.success(t("created", { number: ticket.number }));
      setOpen(false);
      form.reset();
      router.push(`/dashboard/tickets/${ticket.id}`);
    } catch (error) {
      setFormError(
        applyServerErrors(
          form,
          error,
          ["subject", "description", "priority", "projectId"],
          errorsT,
        ),
      );
    }
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button disabled={disabled}>
          <Plus aria-hidden />
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="sm:max-w-lg"
    >
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="grid gap-4"
        aria-label={t("title")}
      >
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <FormField label={t("subject")} error={errors.subject?.message}>
          {(field) => <Input {...field} autoComplete="off" {...form.register("subject")} />}
        </FormField>
        <FormField label={t("descriptionLabel")} error={errors.description?.message}>
          {(field) => <Textarea {...field} rows={6} {...form.register("description")} />}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <Controller
            control={form.control}
            name="priority"
            render={({ field: { value, onChange } }) => (
              <FormField label={t("priority")} error={errors.priority?.message}>
                {(field) => (
                  <Select value={value} onValueChange={onChange}>
                    <SelectTrigger {...field} className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {ticketPriorities.map((p) => (
                        <SelectItem key={p} value={p}>
                          {priorityLabel(p)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              </FormField>
            )}
          />
          <Controller
            control={form.control}
            name="projectId"
            render={({ field: { value, onChange } }) => (
              <FormField label={t("project")} error={errors.projectId?.message}>
                {(field) => (
                  <Select
                    value={value ?? NO_PROJECT}
                    onValueChange={(v) => onChange(v === NO_PROJECT ? null : v)}
                  >
                    <SelectTrigger {...field} className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value={NO_PROJECT}>{t("noProject")}</SelectItem>
                      {projects.data?.map((p) => (
                        <SelectItem key={p.id} value={p.id}>
                          {p.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              </FormField>
            )}
          />
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
          <SubmitButton pending={isSubmitting} pendingLabel={t("pending")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}

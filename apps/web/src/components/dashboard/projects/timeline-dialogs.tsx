"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Flag, PackageCheck } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

import { deliveryFormSchema, milestoneFormSchema } from "@arco/api/schemas/projects";
import type { DeliveryFormValues, MilestoneFormValues } from "@arco/api/schemas/projects";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import { errorMessage, fieldErrors } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

/** Puts the server's field messages on the form's fields; anything else becomes `onOther`. */
function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  error: unknown,
  fields: Partial<Record<string, Path<T>>>,
  onOther: (message: string) => void,
) {
  const entries = Object.entries(fieldErrors(error));
  let placed = false;
  for (const [field, messages] of entries) {
    const name = fields[field];
    if (name && messages?.[0]) {
      form.setError(name, { message: messages[0] });
      placed = true;
    }
  }
  if (!placed) onOther(errorMessage(error));
}

export function AddMilestoneDialog({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.projects.milestones.create.mutationOptions());
  const empty: MilestoneFormValues = { title: "", dueDate: "", description: "" };
  const form = useForm<MilestoneFormValues>({
    resolver: zodResolver(milestoneFormSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const milestone = await create.mutateAsync({
        projectId,
        title: values.title,
        dueDate: values.dueDate || null,
        description: values.description.trim() || null,
      });
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      form.reset(empty);
      setOpen(false);
      toast.success(`Milestone “${milestone.title}” added.`);
    } catch (error) {
      applyServerErrors(
        form,
        error,
        { title: "title", dueDate: "dueDate", description: "description" },
        setFormError,
      );
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="outline">
          <Flag aria-hidden />
          Add milestone
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a milestone</DialogTitle>
          <DialogDescription>A step of the project, with the date it is due.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label="Title" error={errors.title?.message}>
            {(field) => <Input {...field} autoComplete="off" {...form.register("title")} />}
          </FormField>
          <FormField label="Due date" error={errors.dueDate?.message}>
            {(field) => <Input {...field} type="date" {...form.register("dueDate")} />}
          </FormField>
          <FormField label="Description" error={errors.description?.message}>
            {(field) => (
              <textarea
                {...field}
                rows={3}
                className={textareaClass}
                {...form.register("description")}
              />
            )}
          </FormField>
          <div className="flex justify-end">
            <SubmitButton pending={isSubmitting} pendingLabel="Adding…">
              Add milestone
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

export function AddDeliveryDialog({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.projects.deliveries.create.mutationOptions());
  const empty = (): DeliveryFormValues => ({
    title: "",
    url: "",
    deliveredOn: today(),
    description: "",
  });
  const form = useForm<DeliveryFormValues>({
    resolver: zodResolver(deliveryFormSchema),
    defaultValues: empty(),
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const delivery = await create.mutateAsync({
        projectId,
        title: values.title,
        url: values.url,
        // A delivery made today keeps the current time; an earlier one is dated at noon UTC.
        deliveredAt: values.deliveredOn === today() ? undefined : `${values.deliveredOn}T12:00:00Z`,
        description: values.description.trim() || null,
      });
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      form.reset(empty());
      setOpen(false);
      toast.success(`Delivery “${delivery.title}” added.`);
    } catch (error) {
      applyServerErrors(
        form,
        error,
        { title: "title", url: "url", deliveredAt: "deliveredOn", description: "description" },
        setFormError,
      );
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="outline">
          <PackageCheck aria-hidden />
          Add delivery
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a delivery</DialogTitle>
          <DialogDescription>
            Something handed over to the client, with a link to it.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label="Title" error={errors.title?.message}>
            {(field) => <Input {...field} autoComplete="off" {...form.register("title")} />}
          </FormField>
          <FormField label="Link" error={errors.url?.message}>
            {(field) => (
              <Input
                {...field}
                type="url"
                inputMode="url"
                placeholder="https://"
                autoComplete="off"
                {...form.register("url")}
              />
            )}
          </FormField>
          <FormField label="Delivered on" error={errors.deliveredOn?.message}>
            {(field) => <Input {...field} type="date" {...form.register("deliveredOn")} />}
          </FormField>
          <FormField label="Description" error={errors.description?.message}>
            {(field) => (
              <textarea
                {...field}
                rows={3}
                className={textareaClass}
                {...form.register("description")}
              />
            )}
          </FormField>
          <div className="flex justify-end">
            <SubmitButton pending={isSubmitting} pendingLabel="Adding…">
              Add delivery
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

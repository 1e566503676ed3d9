"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Flag, PackageCheck } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

import { deliveryFormSchema, milestoneFormSchema } from "@arco/api/schemas/projects";
import type { DeliveryFormValues, MilestoneFormValues } from "@arco/api/schemas/projects";

import { FormAlert } from "~/components/form-alert";
import { FormDialog } from "~/components/form-dialog";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
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

/**
 * "Add milestone", "Add delivery": a button opening a dialog with the entry's form. On success the
 * project is refreshed, the form emptied and the dialog closed; the server's field errors land on
 * the fields.
 */
function AddTimelineEntryDialog<T extends FieldValues>({
  noun,
  icon,
  description,
  form,
  empty,
  serverFields,
  save,
  children,
}: {
  /** "milestone", "delivery": names the button, the dialog and the submit button. */
  noun: string;
  icon: React.ReactNode;
  description: React.ReactNode;
  form: UseFormReturn<T>;
  empty: () => T;
  /** The API's field names mapped to the form's, for errors the server sends back. */
  serverFields: Partial<Record<string, Path<T>>>;
  /** Saves the entry; resolves to the confirmation to show. */
  save: (values: T) => Promise<string>;
  children: React.ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const confirmation = await save(values);
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      form.reset(empty());
      setOpen(false);
      toast.success(confirmation);
    } catch (error) {
      applyServerErrors(form, error, serverFields, setFormError);
    }
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
      trigger={
        <Button type="button" variant="outline">
          {icon}
          {`Add ${noun}`}
        </Button>
      }
      title={`Add a ${noun}`}
      description={description}
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        {children}
        <div className="flex justify-end">
          <SubmitButton pending={form.formState.isSubmitting} pendingLabel="Adding…">
            {`Add ${noun}`}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}

/** The optional free text of a milestone or a delivery. */
function DescriptionField({
  error,
  registration,
}: {
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <FormField label="Description" error={error}>
      {(field) => <textarea {...field} rows={3} className={textareaClass} {...registration} />}
    </FormField>
  );
}

const emptyMilestone = (): MilestoneFormValues => ({ title: "", dueDate: "", description: "" });

export function AddMilestoneDialog({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.projects.milestones.create.mutationOptions());
  const form = useForm<MilestoneFormValues>({
    resolver: zodResolver(milestoneFormSchema),
    defaultValues: emptyMilestone(),
  });
  const { errors } = form.formState;

  return (
    <AddTimelineEntryDialog
      noun="milestone"
      icon={<Flag aria-hidden />}
      description="A step of the project, with the date it is due."
      form={form}
      empty={emptyMilestone}
      serverFields={{ title: "title", dueDate: "dueDate", description: "description" }}
      save={async (values) => {
        const milestone = await create.mutateAsync({
          projectId,
          title: values.title,
          dueDate: values.dueDate || null,
          description: values.description.trim() || null,
        });
        return `Milestone “${milestone.title}” added.`;
      }}
    >
      <FormField label="Title" error={errors.title?.message}>
        {(field) => <Input {...field} autoComplete="off" {...form.register("title")} />}
      </FormField>
      <FormField label="Due date" error={errors.dueDate?.message}>
        {(field) => <Input {...field} type="date" {...form.register("dueDate")} />}
      </FormField>
      <DescriptionField
        error={errors.description?.message}
        registration={form.register("description")}
      />
    </AddTimelineEntryDialog>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

const emptyDelivery = (): DeliveryFormValues => ({
  title: "",
  url: "",
  deliveredOn: today(),
  description: "",
});

export function AddDeliveryDialog({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.projects.deliveries.create.mutationOptions());
  const form = useForm<DeliveryFormValues>({
    resolver: zodResolver(deliveryFormSchema),
    defaultValues: emptyDelivery(),
  });
  const { errors } = form.formState;

  return (
    <AddTimelineEntryDialog
      noun="delivery"
      icon={<PackageCheck aria-hidden />}
      description="Something handed over to the client, with a link to it."
      form={form}
      empty={emptyDelivery}
      serverFields={{
        title: "title",
        url: "url",
        deliveredAt: "deliveredOn",
        description: "description",
      }}
      save={async (values) => {
        const delivery = await create.mutateAsync({
          projectId,
          title: values.title,
          url: values.url,
          // A delivery made today keeps the current time; an earlier one is dated at noon UTC.
          deliveredAt:
            values.deliveredOn === today() ? undefined : `${values.deliveredOn}T12:00:00Z`,
          description: values.description.trim() || null,
        });
        return `Delivery “${delivery.title}” added.`;
      }}
    >
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
      <DescriptionField
        error={errors.description?.message}
        registration={form.register("description")}
      />
    </AddTimelineEntryDialog>
  );
}

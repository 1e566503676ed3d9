"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Flag, PackageCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

import { deliveryFormSchema, milestoneFormSchema } from "@arco/api/schemas/projects";
import type { DeliveryFormValues, MilestoneFormValues } from "@arco/api/schemas/projects";

import { FilePicker } from "~/components/dashboard/file-picker";
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
import { useFormatBytes } from "~/lib/use-format-bytes";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

/**
 * "Add milestone", "Add delivery": a button opening a dialog with the entry's form. On success the
 * project is refreshed, the form emptied and the dialog closed; the server's field errors land on
 * the fields.
 */
function AddTimelineEntryDialog<T extends FieldValues>({
  kind,
  icon,
  form,
  empty,
  serverFields,
  save,
  children,
}: {
  /** Names the button, the dialog and the submit button. */
  kind: "milestone" | "delivery";
  icon: React.ReactNode;
  form: UseFormReturn<T>;
  empty: () => T;
  /** The API's field names mapped to the form's, for errors the server sends back. */
  serverFields: Partial<Record<string, Path<T>>>;
  /** Saves the entry; resolves to the confirmation to show. */
  save: (values: T) => Promise<string>;
  children: React.ReactNode;
}) {
  const t = useTranslations("projects.entry");
  const errorsT = useTranslations("common.errors");
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
      setFormError(applyServerErrors(form, error, serverFields, errorsT));
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
          {t(`${kind}.add`)}
        </Button>
      }
      title={t(`${kind}.dialogTitle`)}
      description={t(`${kind}.dialogDescription`)}
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        {children}
        <div className="flex justify-end">
          <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("adding")}>
            {t(`${kind}.add`)}
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
  const t = useTranslations("projects.entry");
  return (
    <FormField label={t("description")} error={error}>
      {(field) => <textarea {...field} rows={3} className={textareaClass} {...registration} />}
    </FormField>
  );
}

const emptyMilestone = (): MilestoneFormValues => ({ title: "", dueDate: "", description: "" });

export function AddMilestoneDialog({ projectId }: { projectId: string }) {
  const t = useTranslations("projects.entry");
  const trpc = useTRPC();
  const create = useMutation(trpc.projects.milestones.create.mutationOptions());
  const form = useForm<MilestoneFormValues>({
    resolver: zodResolver(milestoneFormSchema),
    defaultValues: emptyMilestone(),
  });
  const { errors } = form.formState;

  return (
    <AddTimelineEntryDialog
      kind="milestone"
      icon={<Flag aria-hidden />}
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
        return t("milestone.added", { title: milestone.title });
      }}
    >
      <FormField label={t("title")} error={errors.title?.message}>
        {(field) => <Input {...field} autoComplete="off" {...form.register("title")} />}
      </FormField>
      <FormField label={t("milestone.dueDate")} error={errors.dueDate?.message}>
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
  kind: "link",
  url: "",
  file: null,
  deliveredOn: today(),
  description: "",
});

export function AddDeliveryDialog({ projectId }: { projectId: string }) {
  const t = useTranslations("projects.entry");
  const trpc = useTRPC();
  const create = useMutation(trpc.projects.deliveries.create.mutationOptions());
  const form = useForm<DeliveryFormValues>({
    resolver: zodResolver(deliveryFormSchema),
    defaultValues: emptyDelivery(),
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });

  return (
    <AddTimelineEntryDialog
      kind="delivery"
      icon={<PackageCheck aria-hidden />}
      form={form}
      empty={emptyDelivery}
      serverFields={{
        title: "title",
        url: "url",
        storageItemId: "file",
        deliveredAt: "deliveredOn",
        description: "description",
      }}
      save={async (values) => {
        const delivery = await create.mutateAsync({
          projectId,
          title: values.title,
          ...(values.kind === "file" && values.file
            ? { storageItemId: values.file.id }
            : { url: values.url }),
          // A delivery made today keeps the current time; an earlier one is dated at noon UTC.
          deliveredAt:
            values.deliveredOn === today() ? undefined : `${values.deliveredOn}T12:00:00Z`,
          description: values.description.trim() || null,
        });
        return t("delivery.added", { title: delivery.title });
      }}
    >
      <FormField label={t("title")} error={errors.title?.message}>
        {(field) => <Input {...field} autoComplete="off" {...form.register("title")} />}
      </FormField>
      <Controller
        control={form.control}
        name="kind"
        render={({ field: { value, onChange } }) => (
          <FormField label={t("delivery.deliveredAs")} error={errors.kind?.message}>
            {(field) => (
              <Select value={value} onValueChange={onChange}>
                <SelectTrigger {...field} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="link">{t("delivery.asLink")}</SelectItem>
                  <SelectItem value="file">{t("delivery.asFile")}</SelectItem>
                </SelectContent>
              </Select>
            )}
          </FormField>
        )}
      />
      {kind === "file" ? (
        <Controller
          control={form.control}
          name="file"
          render={({ field: { value, onChange } }) => (
            <DeliveryFileField file={value} onChange={onChange} error={errors.file?.message} />
          )}
        />
      ) : (
        <FormField label={t("delivery.link")} error={errors.url?.message}>
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
      )}
      <FormField label={t("delivery.deliveredOn")} error={errors.deliveredOn?.message}>
        {(field) => <Input {...field} type="date" {...form.register("deliveredOn")} />}
      </FormField>
      <DescriptionField
        error={errors.description?.message}
        registration={form.register("description")}
      />
    </AddTimelineEntryDialog>
  );
}

/** The file a delivery hands over: the one chosen, and a button to choose it from the files. */
function DeliveryFileField({
  file,
  onChange,
  error,
}: {
  file: DeliveryFormValues["file"];
  onChange: (file: DeliveryFormValues["file"]) => void;
  error?: string;
}) {
  const formatBytes = useFormatBytes();
  const t = useTranslations("projects.entry.delivery");
  const id = useId();
  const chosenId = `${id}-chosen`;
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-2">
      <p className={error ? "text-sm font-medium text-destructive" : "text-sm font-medium"}>
        {t("file")}
      </p>
      <p id={chosenId} className="text-sm">
        {file ? (
          <>
            {file.name}{" "}
            <span className="text-muted-foreground">({formatBytes(file.sizeBytes)})</span>
          </>
        ) : (
          <span className="text-muted-foreground">{t("noFile")}</span>
        )}
      </p>
      <div>
        <FilePicker
          value={file ? [file] : []}
          onChange={(files) => onChange(files[0] ?? null)}
          max={1}
          title={t("chooseFile")}
          description={t("pickerDescription")}
          triggerLabel={file ? t("chooseAnother") : t("chooseFile")}
          triggerProps={{
            "aria-describedby": error ? `${chosenId} ${errorId}` : chosenId,
            "aria-invalid": Boolean(error),
          }}
        />
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

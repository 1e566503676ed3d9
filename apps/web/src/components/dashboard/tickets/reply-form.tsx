"use client";

import { replyFormSchema } from "@arco/api/schemas/tickets";
import { zodResolver } from "@hookform/resolvers/zod";
import { Send, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";

import { FilePicker } from "~/components/dashboard/file-picker";
import type { PickedFile } from "~/components/dashboard/file-picker";
import { Textarea } from "~/components/dashboard/tickets/textarea";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import { applyServerErrors } from "~/lib/form-errors";

export interface ReplyValues {
  body: string;
  internal: boolean;
  attachmentIds: string[];
}

/**
 * The "Message" field and "Send reply". Staff (`allowInternal`) may mark the reply as an internal
 * note; `allowFiles` offers the file picker (it reads the client organization's files).
 */
export function ReplyForm({
  send,
  allowInternal = false,
  allowFiles = true,
}: {
  send: (values: ReplyValues) => Promise<unknown>;
  allowInternal?: boolean;
  allowFiles?: boolean;
}) {
  const t = useTranslations("tickets.reply");
  const errorsT = useTranslations("common.errors");
  const internalId = useId();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(replyFormSchema),
    defaultValues: { body: "", internal: false },
  });
  const { errors, isSubmitting } = form.formState;
  const internal = useWatch({ control: form.control, name: "internal" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await send({ ...values, attachmentIds: files.map((f) => f.id) });
      form.reset({ body: "", internal: values.internal });
      setFiles([]);
      toast.success(values.internal ? t("noteAdded") : t("sent"));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["body"], errorsT));
    }
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-3"
      aria-label={t("form")}
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField
        label={t("message")}
        error={errors.body?.message}
        description={internal ? t("internalHint") : undefined}
      >
        {(field) => <Textarea {...field} rows={5} {...form.register("body")} />}
      </FormField>
      {files.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("filesToAttach")}>
          {files.map((file) => (
            <li
              key={file.id}
              className="flex items-center gap-1 rounded-md border px-2 py-1 text-sm"
            >
              <span className="max-w-48 truncate">{file.name}</span>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-6"
                aria-label={t("remove", { name: file.name })}
                onClick={() => setFiles(files.filter((f) => f.id !== file.id))}
              >
                <X aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-4">
          {allowFiles ? (
            <FilePicker
              value={files}
              onChange={setFiles}
              max={10}
              title={t("attachTitle")}
              description={t("attachDescription")}
              triggerLabel={t("attachTrigger", { count: files.length })}
            />
          ) : null}
          {allowInternal ? (
            <div className="flex items-center gap-2">
              <Checkbox
                id={internalId}
                checked={internal}
                onCheckedChange={(on) => form.setValue("internal", on === true)}
              />
              <Label htmlFor={internalId}>{t("internal")}</Label>
            </div>
          ) : null}
        </div>
        <SubmitButton pending={isSubmitting} pendingLabel={t("pending")}>
          <Send aria-hidden />
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { RESOURCE_TYPES } from "~/components/admin/audit/resource-label";
import { SubjectPicker } from "~/components/admin/audit/subject-picker";
import type { FilterKey, FilterValues } from "~/components/admin/audit/filters";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
const ANY_TYPE = "any";

/**
 * The filters of the audit view, applied together (the address changes once, with all of them).
 * The sessions tab filters by the organization, the people and the days only.
 */
export function AuditFilterBar({
  value,
  sessions,
  onApply,
}: {
  value: FilterValues;
  /** The sessions tab is showing. */
  sessions: boolean;
  onApply: (filters: FilterValues) => void;
}) {
  const t = useTranslations("adminAudit");
  const [draft, setDraft] = useState(value);
  const id = useId();
  const set = (key: FilterKey) => (next: string | undefined) =>
    setDraft((current) => ({ ...current, [key]: next?.trim() || undefined }));

  return (
    <Card className="p-4">
      <form
        className="grid gap-4"
        aria-label={t("filters.title")}
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SubjectPicker
            kind="organization"
            label={t("filters.organization")}
            value={draft.clientOrgId}
            onChange={set("clientOrgId")}
          />
          <SubjectPicker
            kind="user"
            label={t("filters.actor")}
            value={draft.actorUserId}
            onChange={set("actorUserId")}
          />
          <SubjectPicker
            kind="user"
            label={t("filters.effectiveUser")}
            value={draft.effectiveUserId}
            onChange={set("effectiveUserId")}
          />
          {sessions ? null : (
            <>
              <div className="grid gap-2">
                <Label htmlFor={`${id}-action`}>{t("filters.action")}</Label>
                <Input
                  id={`${id}-action`}
                  className="font-mono"
                  placeholder={t("filters.actionPlaceholder")}
                  aria-describedby={`${id}-action-hint`}
                  value={draft.action ?? ""}
                  onChange={(event) => set("action")(event.target.value)}
                />
                <p id={`${id}-action-hint`} className="text-xs text-muted-foreground">
                  {t("filters.actionHint")}
                </p>
              </div>
              <div className="grid gap-2">
                <Label htmlFor={`${id}-type`}>{t("filters.resourceType")}</Label>
                <Select
                  value={draft.resourceType ?? ANY_TYPE}
                  onValueChange={(type) =>
                    // An id means something only within its type.
                    setDraft((current) =>
                      type === ANY_TYPE
                        ? { ...current, resourceType: undefined, resourceId: undefined }
                        : { ...current, resourceType: type },
                    )
                  }
                >
                  <SelectTrigger id={`${id}-type`} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={ANY_TYPE}>{t("filters.anyType")}</SelectItem>
                    {RESOURCE_TYPES.map((type) => (
                      <SelectItem key={type} value={type}>
                        {t(`resourceTypes.${type}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </div>
              <div className="grid gap-2">
                <Label htmlFor={`${id}-resource`}>{t("filters.resourceId")}</Label>
                <Input
                  id={`${id}-resource`}
                  className="font-mono"
                  disabled={!draft.resourceType}
                  value={draft.resourceId ?? ""}
                  onChange={(event) => set("resourceId")(event.target.value)}
                />
              </div>
            </>
          )}
          <div className="grid grid-cols-2 gap-3">
            <div className="grid gap-2">
              <Label htmlFor={`${id}-from`}>{t("filters.from")}</Label>
              <Input
                id={`${id}-from`}
                type="date"
                value={draft.from ?? ""}
                onChange={(event) => set("from")(event.target.value)}
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor={`${id}-to`}>{t("filters.to")}</Label>
              <Input
                id={`${id}-to`}
                type="date"
                value={draft.to ?? ""}
                onChange={(event) => set("to")(event.target.value)}
              />
            </div>
          </div>
        </div>
        {sessions ? (
          <p className="text-sm text-muted-foreground">{t("filters.sessionsNote")}</p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("filters.apply")}</Button>
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t("filters.clear")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

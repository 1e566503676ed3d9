"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Building2, Check, ChevronsUpDown, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { CreateOrgForm } from "~/components/dashboard/create-org-form";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "~/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "~/components/ui/dropdown-menu";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

export function OrgSwitcher() {
  const t = useTranslations("dashboard.orgSwitcher");
  const tCommon = useTranslations("common");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const [creating, setCreating] = useState(false);
  const switchOrg = useMutation(
    trpc.orgs.switch.mutationOptions({
      onSuccess: async (_data, { orgId }) => {
        // Everything cached was about the previous organization.
        await queryClient.invalidateQueries();
        router.refresh();
        const name = me.data?.memberships.find((m) => m.orgId === orgId)?.name;
        toast.success(name ? t("switched", { name }) : t("switchedGeneric"));
      },
      onError: (error) => showError(error),
    }),
  );

  const active = me.data?.activeOrg ?? null;
  const memberships = me.data?.memberships ?? [];

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="outline"
            className="h-9 max-w-[16rem] min-w-0 justify-between gap-2 sm:max-w-xs"
            aria-label={active ? t("label", { name: active.name }) : t("choose")}
            disabled={switchOrg.isPending}
          >
            <Building2 aria-hidden className="text-muted-foreground" />
            <span className="truncate">{active?.name ?? t("none")}</span>
            <ChevronsUpDown aria-hidden className="ml-auto text-muted-foreground" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
            {t("yours")}
          </DropdownMenuLabel>
          {memberships.length === 0 ? (
            <p className="px-2 py-1.5 text-sm text-muted-foreground">{t("notInAny")}</p>
          ) : (
            memberships.map((m) => {
              const current = m.orgId === active?.id;
              return (
                <DropdownMenuItem
                  key={m.orgId}
                  aria-current={current ? "true" : undefined}
                  onSelect={() => {
                    if (!current) switchOrg.mutate({ orgId: m.orgId });
                  }}
                  className="gap-3"
                >
                  <span className="grid min-w-0 flex-1">
                    <span className="truncate font-medium">{m.name}</span>
                    <span className="text-xs text-muted-foreground">
                      {t("membership", {
                        role: tCommon(`roles.${m.role}`),
                        tier: tCommon(`tiers.${m.tier}`),
                      })}
                    </span>
                  </span>
                  {current ? <Check aria-label={t("current")} className="text-primary" /> : null}
                </DropdownMenuItem>
              );
            })
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <Plus aria-hidden />
            {t("create")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {active ? (
        // A label, not a control: plain outline, no fill, so it doesn't read as a button.
        <Badge
          variant="outline"
          className="hidden rounded-full font-normal text-muted-foreground lg:inline-flex"
        >
          {tCommon("tierPlan", { tier: tCommon(`tiers.${active.tier}`) })}
        </Badge>
      ) : null}
      <Dialog open={creating} onOpenChange={setCreating}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{t("dialogTitle")}</DialogTitle>
            <DialogDescription>{t("dialogDescription")}</DialogDescription>
          </DialogHeader>
          <CreateOrgForm autoFocus onCreated={() => setCreating(false)} />
        </DialogContent>
      </Dialog>
    </>
  );
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";

import { useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Downloads a file of the organization through a fresh short-lived signed link. */
export function useFileDownload(fileId: string) {
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState(false);

  async function download() {
    setDownloading(true);
    try {
      // Never cached: every click signs a new link.
      const { url } = await queryClient.fetchQuery({
        ...trpc.files.downloadUrl.queryOptions({ id: fileId }),
        staleTime: 0,
        gcTime: 0,
      });
      window.location.assign(url);
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  }

  return { download, downloading };
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/** Downloads a file of the organization through a fresh short-lived signed link. */
export function useFileDownload(fileId: string) {
  const showError = useErrorToast();
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
      showError(error);
    } finally {
      setDownloading(false);
    }
  }

  return { download, downloading };
}

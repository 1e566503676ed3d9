"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has taken over the page (`<html data-hydrated>`). Browser tests
 * wait for it after a full page load, so they never type into a form that no script handles yet.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}

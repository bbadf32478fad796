"use client";

import { useEffect, useState } from "react";
import { askServiceWorker } from "@/features/safety/service-worker";

/**
 * Registers the service worker, asks it to keep this language's essentials
 * (rights guides, national hotlines) for use without a signal, and shows the
 * "saved copy" notice when this page came from the device instead of the
 * network.
 */
export function OfflineSupport({ locale }: { locale: string }) {
  const [savedNotice, setSavedNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => {
        // Only a page the worker served can have come from the device.
        if (navigator.serviceWorker.controller) {
          void askServiceWorker({ type: "saved-notice" }).then((reply) => {
            if (!reply.notice) return;
            // The banner the worker wrote into the HTML, if hydration kept it, gives way to this one.
            document.querySelector("[data-saved-notice]")?.remove();
            setSavedNotice(reply.notice);
          });
        }
        return askServiceWorker({ type: "save-essentials", locale });
      })
      .catch(() => undefined);
  }, [locale]);

  if (!savedNotice) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-notice">
      {savedNotice}
    </div>
  );
}

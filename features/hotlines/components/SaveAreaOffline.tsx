"use client";

import { useState, useSyncExternalStore } from "react";
import { askServiceWorker } from "@/features/safety/service-worker";

interface Labels {
  heading: string;
  text: string;
  save: string;
  saving: string;
  saved: string;
  remove: string;
  removed: string;
  failed: string;
}

const subscribeToNothing = () => () => {};
const canWorkOffline = () => "serviceWorker" in navigator && "caches" in window;

/**
 * Opt-in: keeps this area's hotlines page on the device for use without a
 * signal. Saving a place on someone's phone can expose them, so it happens
 * only on a tap, says so, and is undone by "remove" or by quick exit.
 */
export function SaveAreaOffline({ labels }: { labels: Labels }) {
  const available = useSyncExternalStore(subscribeToNothing, canWorkOffline, () => false);
  const [state, setState] = useState<"idle" | "saving" | "saved" | "removed" | "failed">("idle");
  if (!available) return null;

  return (
    <section aria-labelledby="save-area-heading" className="card space-y-2 print:hidden" data-testid="save-area">
      <h2 id="save-area-heading" className="text-lg">
        {labels.heading}
      </h2>
      <p className="text-slate-700">{labels.text}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="button-primary"
          disabled={state === "saving"}
          onClick={async () => {
            setState("saving");
            const result = await askServiceWorker({ type: "save-area", url: window.location.pathname + window.location.search }).catch(() => ({ ok: false }));
            setState(result.ok ? "saved" : "failed");
          }}
        >
          {state === "saving" ? labels.saving : labels.save}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={async () => {
            const result = await askServiceWorker({ type: "forget-area" }).catch(() => ({ ok: false }));
            setState(result.ok ? "removed" : "failed");
          }}
        >
          {labels.remove}
        </button>
      </div>
      <p role="status" className="text-sm font-semibold text-slate-800">
        {state === "saved" ? labels.saved : state === "removed" ? labels.removed : state === "failed" ? labels.failed : null}
      </p>
    </section>
  );
}

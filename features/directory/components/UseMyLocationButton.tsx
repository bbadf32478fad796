"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

interface Labels {
  button: string;
  locating: string;
  denied: string;
  unavailable: string;
  privacy: string;
}

const subscribeToNothing = () => () => {};
const hasGeolocation = () => "geolocation" in navigator;

/**
 * "Use my location": asks the browser for a position only on a click, rounds
 * it to two decimals (about a kilometer) before it leaves the browser, and
 * never stores it. Without JavaScript the button is not shown.
 */
export function UseMyLocationButton({ searchPath, radius, labels }: { searchPath: string; radius: number | null; labels: Labels }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "locating" | "denied" | "unavailable">("idle");
  // False on the server and without geolocation: the button appears only where it can work.
  const available = useSyncExternalStore(subscribeToNothing, hasGeolocation, () => false);
  if (!available) return null;

  function locate() {
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const params = new URLSearchParams({
          lat: position.coords.latitude.toFixed(2),
          lng: position.coords.longitude.toFixed(2),
        });
        if (radius !== null) params.set("radius", String(radius));
        router.push(`${searchPath}?${params.toString()}`);
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  return (
    <div className="space-y-1">
      <button type="button" onClick={locate} className="button-secondary w-full sm:w-auto" disabled={state === "locating"}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="3" />
          <path d="M12 2v3m0 14v3M2 12h3m14 0h3" />
          <circle cx="12" cy="12" r="7" />
        </svg>
        {state === "locating" ? labels.locating : labels.button}
      </button>
      <p className="text-sm text-slate-600">{labels.privacy}</p>
      {state === "denied" || state === "unavailable" ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {state === "denied" ? labels.denied : labels.unavailable}
        </p>
      ) : null}
    </div>
  );
}

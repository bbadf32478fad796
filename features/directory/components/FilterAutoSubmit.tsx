"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";

/**
 * A GET form that, with JavaScript, applies each change at once without a
 * full page load (the URL stays the whole state); without JavaScript it is
 * an ordinary form with a submit button.
 */
export function FilterAutoSubmit({ action, label, busyLabel, children }: { action: string; label: string; busyLabel: string; children: ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value !== "") params.append(name, value);
    }
    startTransition(() => router.replace(`${action}?${params.toString()}`, { scroll: false }));
  }

  return (
    <form
      action={action}
      method="get"
      aria-label={label}
      aria-busy={isPending}
      onChange={(event) => {
        // Typing a keyword applies it on Enter or when leaving the field, not at every letter.
        if (event.target instanceof HTMLInputElement && event.target.type === "text") return;
        apply(event.currentTarget);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      className="space-y-5"
    >
      {children}
      <p role="status" className="text-sm text-slate-600">
        {isPending ? busyLabel : null}
      </p>
    </form>
  );
}

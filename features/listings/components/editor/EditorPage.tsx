import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The frame of an editor page: the title, the way back, and the reminder that nothing here is public yet. */
export function EditorPage({ title, overviewHref, children }: { title: ReactNode; overviewHref: string; children: ReactNode }) {
  const t = useTranslations("Editor");
  return (
    <article className="space-y-5" aria-labelledby="editor-heading">
      <p>
        <a href={overviewHref}>{t("backToOverview")}</a>
      </p>
      <h1 id="editor-heading" className="text-2xl">
        {title}
      </h1>
      <p className="max-w-3xl rounded-lg bg-brand-50 p-3">{t("reviewNotice")}</p>
      {children}
    </article>
  );
}

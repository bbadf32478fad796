import type { ReactNode } from "react";

export interface InfoSection {
  id: string;
  heading: string;
  text: string;
}

/**
 * An information page (privacy, browse safely, help translate): a heading
 * and introduction, optional content after them, then one short section per
 * point, each a heading and a paragraph.
 */
export function InfoArticle({
  heading,
  intro,
  sections,
  lead,
  children,
  testId,
}: {
  heading: string;
  intro: string;
  sections: readonly InfoSection[];
  /** Shown between the introduction and the sections. */
  lead?: ReactNode;
  /** Shown after the sections. */
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <article className="max-w-3xl space-y-8" data-testid={testId}>
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{heading}</h1>
        <p className="text-lg text-slate-700">{intro}</p>
      </header>
      {lead}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`} className="space-y-2">
          <h2 id={`${section.id}-heading`} className="text-xl">
            {section.heading}
          </h2>
          <p>{section.text}</p>
        </section>
      ))}
      {children}
    </article>
  );
}

import type { ComponentProps, ReactNode } from 'react';

interface HeadedSectionProps extends Omit<ComponentProps<'section'>, 'aria-labelledby'> {
  /** The heading's id: the section is named by it, and links and tests can point at it. */
  headingId: string;
  heading: ReactNode;
}

/** A section named by its own `<h2>`: the box pages use for "In short", questions, notes and sharing. */
export function HeadedSection({ headingId, heading, children, ...props }: HeadedSectionProps) {
  return (
    <section aria-labelledby={headingId} {...props}>
      <h2 id={headingId} className="text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

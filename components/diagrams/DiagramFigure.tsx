import type { ReactNode } from 'react';
import type { DiagramWords } from '@/lib/content/copy-schema';

interface DiagramFigureProps {
  /** Prefix for the SVG's ids: `${id}-title`, `${id}-desc`. Fixed, as each diagram shows once a page. */
  id: string;
  /**
   * From content/diagrams.yaml: the picture's accessible name (`title`), one or more full sentences
   * saying what it shows (`description`), and the visible caption, read as the figure's name.
   */
  words: DiagramWords;
  /** `0 0 width height`: 360 units wide, so 16-unit text is at least 14 px on a 360 px phone. */
  viewBox: string;
  /** The SVG's colours as CSS custom properties, with dark, print and forced-colours values. */
  palette: string;
  /** Every fact in the picture, as HTML for screen readers, text zoom and copying. */
  textVersion: ReactNode;
  children: ReactNode;
}

/**
 * A drawn diagram: a captioned figure, an SVG that scales with its container and reads as one image
 * with a name and a description, and a text version of every fact it shows.
 *
 * `forced-color-adjust: auto` lets high-contrast themes recolour the drawing. They force every
 * plain colour to the text colour, so each palette gives system colours (Canvas, CanvasText) there:
 * shapes stay outlines and patterns, never solid blocks.
 */
export function DiagramFigure({
  id,
  words: { title, description, caption },
  viewBox,
  palette,
  textVersion,
  children,
}: DiagramFigureProps) {
  return (
    <figure className="max-w-md text-ink dark:text-[#e8edee] print:break-inside-avoid">
      <figcaption className="mb-3 text-lg">
        <strong>{caption.lead}</strong> {caption.text}
      </figcaption>
      <svg
        viewBox={viewBox}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className={`block h-auto w-full text-ink forced-color-adjust-auto dark:text-[#e8edee] print:text-black ${palette}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <details className="mt-3">
        <summary className="cursor-pointer font-bold text-brand underline underline-offset-4 dark:text-[#9fc4ee]">
          Text version of this diagram
        </summary>
        <div className="mt-2">{textVersion}</div>
      </details>
    </figure>
  );
}

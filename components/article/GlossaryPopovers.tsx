'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
export const DEFINITIONS_URL = '/glossary-definitions.json';

interface Definition {
  term: string;
  definition: string;
  url: string;
}

interface OpenPopover {
  term: Definition;
  link: HTMLAnchorElement;
  top: number;
  left: number;
  /** Opened by a tap: the first tap shows the meaning, the link inside goes to the full page. */
  byTap: boolean;
}

const CLOSE_DELAY_MS = 300;

function termSlug(link: HTMLAnchorElement): string | undefined {
  const match = /^\/glossary\/([a-z0-9-]+)$/.exec(link.getAttribute('href') ?? '');
  return match?.[1];
}

let definitions: Promise<Map<string, Definition>> | undefined;

/** Fetched once, on first use; a failure can be tried again on the next hover or focus. */
function loadDefinitions(): Promise<Map<string, Definition>> {
  definitions ??= fetch(DEFINITIONS_URL)
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)),
    )
    .then((data: unknown) => {
      const entries = new Map<string, Definition>();
      if (typeof data !== 'object' || data === null) return entries;
      for (const [slug, value] of Object.entries(data)) {
        if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
          entries.set(slug, { term: value[0], definition: value[1], url: `/glossary/${slug}` });
        }
      }
      return entries;
    })
    .catch((error: unknown) => {
      definitions = undefined;
      throw error;
    });
  return definitions;
}

/**
 * Shows a glossary word's short meaning in place, on hover, focus or tap, for every glossary link in
 * the article body. Escape closes it; the pointer can move onto it (WCAG 1.4.13). Without JavaScript
 * the words stay plain links to their glossary pages.
 */
export function GlossaryPopovers({ containerId }: { containerId: string }) {
  const popoverId = useId();
  const [open, setOpen] = useState<OpenPopover | null>(null);
  const closeTimer = useRef<number | undefined>(undefined);
  const lastPointer = useRef<string>('mouse');

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const linkFrom = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLAnchorElement>('a[href^="/glossary/"]') : null;

    function show(link: HTMLAnchorElement, byTap: boolean) {
      const slug = termSlug(link);
      if (!slug) return;
      window.clearTimeout(closeTimer.current);
      loadDefinitions()
        .then((loaded) => {
          const term = loaded.get(slug);
          // Still the link the reader is on? (They may have moved on while it loaded.)
          if (!term || (!byTap && document.activeElement !== link && !link.matches(':hover')))
            return;
          const rect = link.getBoundingClientRect();
          const width = Math.min(320, window.innerWidth - 16);
          const left = Math.max(
            8,
            Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8),
          );
          setOpen({ term, link, top: rect.bottom + window.scrollY + 6, left, byTap });
        })
        .catch(() => {
          // Offline or failed: the word is still a link to its glossary page.
        });
    }
    const scheduleClose = () => {
      window.clearTimeout(closeTimer.current);
      closeTimer.current = window.setTimeout(() => setOpen(null), CLOSE_DELAY_MS);
    };

    const onPointerDown = (event: PointerEvent) => {
      lastPointer.current = event.pointerType;
    };
    const onOver = (event: MouseEvent) => {
      const link = linkFrom(event.target);
      if (link && lastPointer.current === 'mouse') show(link, false);
    };
    const onOut = (event: MouseEvent) => {
      if (linkFrom(event.target)) scheduleClose();
    };
    const onFocusIn = (event: FocusEvent) => {
      const link = linkFrom(event.target);
      if (link) show(link, false);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (linkFrom(event.target)) scheduleClose();
    };
    const onClick = (event: MouseEvent) => {
      const link = linkFrom(event.target);
      if (!link || lastPointer.current !== 'touch') return;
      // First tap shows the meaning; the popover has its own link to the full page.
      event.preventDefault();
      show(link, true);
    };
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('mouseover', onOver);
    container.addEventListener('mouseout', onOut);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    container.addEventListener('click', onClick);
    return () => {
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('mouseover', onOver);
      container.removeEventListener('mouseout', onOut);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('click', onClick);
    };
  }, [containerId]);

  useEffect(() => {
    if (!open) return;
    open.link.setAttribute('aria-describedby', popoverId);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(null);
    };
    const onOutsideTap = (event: PointerEvent) => {
      if (
        event.target instanceof Node &&
        !open.link.contains(event.target) &&
        !document.getElementById(popoverId)?.contains(event.target)
      ) {
        setOpen(null);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onOutsideTap);
    return () => {
      open.link.removeAttribute('aria-describedby');
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onOutsideTap);
    };
  }, [open, popoverId]);

  if (!open) return null;
  // In <body>, so its position is measured from the page, whatever the article's own layout.
  return createPortal(
    <div
      id={popoverId}
      role="tooltip"
      onMouseEnter={() => window.clearTimeout(closeTimer.current)}
      onMouseLeave={() => setOpen(null)}
      style={{ top: open.top, left: open.left }}
      className="no-print absolute z-50 w-[min(20rem,calc(100vw-1rem))] rounded border-2 border-ink bg-white p-3 text-base text-ink shadow-lg"
    >
      <strong>{open.term.term}:</strong> {open.term.definition}
      {open.byTap && (
        <a href={open.term.url} className="mt-2 block font-bold text-brand-dark underline">
          Read more about {open.term.term.toLowerCase()}
        </a>
      )}
    </div>,
    document.body,
  );
}

'use client';

import { useEffect } from 'react';
import type * as PopoverModule from '@/lib/glossary/popover';

type Popover = typeof PopoverModule;

/**
 * Shows a glossary word's short meaning in place, on hover, focus or tap, for every glossary link in
 * the article body. Only the listening is here; the definitions and the drawing (lib/glossary/popover)
 * load on first use. Without JavaScript the words stay plain links to their glossary pages.
 */
export function GlossaryPopovers({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    let lastPointer = 'mouse';
    let popover: Promise<Popover> | undefined;
    const withPopover = (use: (loaded: Popover) => void) => {
      popover ??= import('@/lib/glossary/popover');
      popover.then(use).catch(() => {
        // The word is still a link to its glossary page.
        popover = undefined;
      });
    };
    const linkFrom = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLAnchorElement>('a[href^="/glossary/"]') : null;

    const onPointerDown = (event: PointerEvent) => {
      lastPointer = event.pointerType;
    };
    const onOver = (event: MouseEvent) => {
      const link = linkFrom(event.target);
      if (link && lastPointer === 'mouse') withPopover((loaded) => loaded.show(link, false));
    };
    const onFocusIn = (event: FocusEvent) => {
      const link = linkFrom(event.target);
      if (link) withPopover((loaded) => loaded.show(link, false));
    };
    const onLeave = (event: Event) => {
      if (linkFrom(event.target) && popover) withPopover((loaded) => loaded.scheduleClose());
    };
    const onClick = (event: MouseEvent) => {
      const link = linkFrom(event.target);
      if (!link || lastPointer !== 'touch') return;
      // First tap shows the meaning; the definition has its own link to the full page.
      event.preventDefault();
      withPopover((loaded) => loaded.show(link, true));
    };
    const listeners = [
      ['pointerdown', onPointerDown],
      ['mouseover', onOver],
      ['mouseout', onLeave],
      ['focusin', onFocusIn],
      ['focusout', onLeave],
      ['click', onClick],
    ] as const;
    for (const [type, listener] of listeners)
      container.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of listeners)
        container.removeEventListener(type, listener as EventListener);
      void popover?.then((loaded) => loaded.close());
    };
  }, [containerId]);
  return null;
}

/**
 * The definition shown in place of a glossary word, drawn with plain DOM. Loaded the first time a
 * reader points at, focuses or taps a glossary word (components/article/GlossaryPopovers.tsx), so
 * article pages do not carry it.
 */
import { fetchOnce } from '@/lib/fetch-once';

export const DEFINITIONS_URL = '/glossary-definitions.json';

interface Definition {
  term: string;
  definition: string;
  url: string;
}

const CLOSE_DELAY_MS = 300;
const POPOVER_ID = 'glossary-definition';

/** The downloaded definitions by slug; an entry of another shape is left out (the word stays a link). */
function parseDefinitions(data: unknown): Map<string, Definition> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('glossary definitions: unexpected format');
  const entries = new Map<string, Definition>();
  for (const [slug, value] of Object.entries(data)) {
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      entries.set(slug, { term: value[0], definition: value[1], url: `/glossary/${slug}` });
    }
  }
  return entries;
}

/** Fetched once, on first use; a failure can be tried again on the next hover or focus. */
const loadDefinitions = fetchOnce(DEFINITIONS_URL, parseDefinitions);

let openFor: HTMLAnchorElement | undefined;
let closeTimer: number | undefined;

export function close(): void {
  window.clearTimeout(closeTimer);
  document.getElementById(POPOVER_ID)?.remove();
  openFor?.removeAttribute('aria-describedby');
  openFor = undefined;
  document.removeEventListener('keydown', onKeyDown);
  document.removeEventListener('pointerdown', onOutsideTap);
}

export function scheduleClose(): void {
  window.clearTimeout(closeTimer);
  closeTimer = window.setTimeout(close, CLOSE_DELAY_MS);
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key === 'Escape') close();
}

function onOutsideTap(event: PointerEvent) {
  const popover = document.getElementById(POPOVER_ID);
  if (
    event.target instanceof Node &&
    !openFor?.contains(event.target) &&
    !popover?.contains(event.target)
  ) {
    close();
  }
}

/**
 * Shows a glossary word's short meaning under it. Escape closes it, and the pointer can move onto it
 * (WCAG 1.4.13). Opened by a tap, it also offers the link to the full page (the tap did not follow it).
 */
export function show(link: HTMLAnchorElement, byTap: boolean): void {
  const slug = /^\/glossary\/([a-z0-9-]+)$/.exec(link.getAttribute('href') ?? '')?.[1];
  if (!slug) return;
  window.clearTimeout(closeTimer);
  loadDefinitions()
    .then((loaded) => {
      const term = loaded.get(slug);
      // Still the link the reader is on? (They may have moved on while it loaded.)
      if (!term || (!byTap && document.activeElement !== link && !link.matches(':hover'))) return;
      close();
      const rect = link.getBoundingClientRect();
      const width = Math.min(320, window.innerWidth - 16);
      const left = Math.max(
        8,
        Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8),
      );
      const popover = document.createElement('div');
      popover.id = POPOVER_ID;
      popover.setAttribute('role', 'tooltip');
      popover.className =
        'no-print absolute z-50 w-[min(20rem,calc(100vw-1rem))] rounded border-2 border-ink bg-white p-3 text-base text-ink shadow-lg';
      popover.style.top = `${rect.bottom + window.scrollY + 6}px`;
      popover.style.left = `${left}px`;
      const name = document.createElement('strong');
      name.textContent = `${term.term}:`;
      popover.append(name, ` ${term.definition}`);
      if (byTap) {
        const more = document.createElement('a');
        more.href = term.url;
        more.className = 'mt-2 block font-bold text-brand-dark underline';
        more.textContent = `Read more about ${term.term.toLowerCase()}`;
        popover.append(more);
      }
      popover.addEventListener('mouseenter', () => window.clearTimeout(closeTimer));
      popover.addEventListener('mouseleave', close);
      // In <body>, so its position is measured from the page, whatever the article's own layout.
      document.body.append(popover);
      link.setAttribute('aria-describedby', POPOVER_ID);
      openFor = link;
      document.addEventListener('keydown', onKeyDown);
      document.addEventListener('pointerdown', onOutsideTap);
    })
    .catch(() => {
      // Offline or failed: the word is still a link to its glossary page.
    });
}

/** `2026-11-22` → `22 November 2026`, the NHS date style. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `0808 800 6000` → `tel:08088006000`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}

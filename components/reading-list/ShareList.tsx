import { useEffect, useRef, useState } from 'react';
import { HeadedSection } from '@/components/ui/HeadedSection';

type QrState = { link: string; src: string } | { link: string; failed: true };

const BUTTON =
  'min-h-11 rounded border-2 border-brand px-4 font-bold text-brand-dark hover:underline dark:text-[#9fc4ee]';

/**
 * The QR code of the exact link, made in the browser: an SVG from the `qrcode` package, shown as
 * an <img> from a data URL so no markup is injected. `qrcode` loads only on this page.
 */
function QrCode({ link }: { link: string }) {
  const [qr, setQr] = useState<QrState | null>(null);

  useEffect(() => {
    let current = true;
    // types from @types/qrcode
    import('qrcode')
      .then((QRCode) =>
        QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      )
      .then((svg) => {
        if (current) setQr({ link, src: `data:image/svg+xml;utf8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (current) setQr({ link, failed: true });
      });
    return () => {
      current = false;
    };
  }, [link]);

  if (qr?.link !== link) {
    return (
      <div className="flex aspect-square w-full max-w-48 shrink-0 items-center justify-center bg-white p-2 text-center text-sm text-ink">
        Making the QR code…
      </div>
    );
  }
  if ('failed' in qr) {
    return (
      <p className="max-w-xs">
        We could not make a QR code for this link. It may be too long: try a shorter note.
      </p>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser; next/image adds nothing here
    <img
      src={qr.src}
      alt="QR code for this reading list"
      width={192}
      height={192}
      className="aspect-square h-auto w-full max-w-48 shrink-0 bg-white print:size-44"
    />
  );
}

/** The full link (never shortened) with "Copy link", its QR code, and "Print this list". */
export function ShareList({ link }: { link: string }) {
  const linkRef = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  function say(message: string) {
    // Cleared first, so pressing the button twice is announced twice.
    setStatus('');
    window.setTimeout(() => setStatus(message), 50);
  }

  function selectLink() {
    const element = linkRef.current;
    const selection = window.getSelection();
    if (!element || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied');
    } catch {
      selectLink();
      say('Press Ctrl+C or long-press to copy');
    }
  }

  return (
    <HeadedSection
      headingId="share-heading"
      heading="Open this list on a phone"
      className="@container mt-10 break-inside-avoid rounded-lg bg-surface p-[min(1.25rem,5vw)] text-ink dark:bg-[#1b2a35] dark:text-[#e8edee] print:bg-white print:p-0"
    >
      <div className="mt-3 flex flex-col gap-5 @min-[36rem]:flex-row @min-[36rem]:items-start">
        <QrCode link={link} />
        <div className="min-w-0 flex-1">
          <p>Point your phone’s camera at the QR code, or type in this link:</p>
          <p
            ref={linkRef}
            id="reading-list-link"
            className="mt-2 rounded border-2 border-ink bg-white p-2 font-mono text-sm break-all text-ink"
          >
            {link}
          </p>
          <div className="no-print mt-3 flex flex-wrap items-center gap-3">
            <button type="button" onClick={copy} className={BUTTON}>
              Copy link
            </button>
            <button type="button" onClick={() => window.print()} className={BUTTON}>
              Print this list
            </button>
          </div>
          <p role="status" className="no-print mt-2 min-h-6 font-bold">
            {status}
          </p>
        </div>
      </div>
    </HeadedSection>
  );
}

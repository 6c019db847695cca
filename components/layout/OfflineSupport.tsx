'use client';

import { useEffect } from 'react';

/** Registers the service worker (public/sw.js) that keeps pages a reader has opened for offline use. */
export function OfflineSupport() {
  useEffect(() => {
    if ('serviceWorker' in navigator && window.isSecureContext) {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // Without it the site still works online; nothing to tell the reader.
      });
    }
  }, []);
  return null;
}

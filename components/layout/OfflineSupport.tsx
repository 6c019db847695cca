'use client';

import { useEffect } from 'react';

/** The message public/sw.js answers by keeping the page that sent it. */
const KEEP_THIS_PAGE = 'keep-this-page';

/**
 * Registers the service worker (public/sw.js) that keeps pages a reader has opened for offline use.
 * A page that loaded before the worker controlled it (a first visit) was not seen by the worker, so
 * once the worker is ready the page asks to be kept; the worker fetches it by path only.
 */
export function OfflineSupport() {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    const workers = navigator.serviceWorker;
    const loadedWithoutWorker = !workers.controller;
    workers
      .register('/sw.js')
      .then(() => workers.ready)
      .then((registration) => {
        if (loadedWithoutWorker) registration.active?.postMessage(KEEP_THIS_PAGE);
      })
      .catch(() => {
        // Without it the site still works online; nothing to tell the reader.
      });
  }, []);
  return null;
}

'use client';

import { useState, type KeyboardEvent } from 'react';

/**
 * The state and keys of an ARIA 1.2 combobox with a listbox popup ("list autocomplete" in the ARIA
 * Authoring Practices): which option is active, whether the list is open, and what Up, Down, Enter
 * and Escape do. Rendering is the caller's.
 */
export function useCombobox<Option>({
  options,
  query,
  clearQuery,
  choose,
}: {
  options: Option[];
  query: string;
  clearQuery: () => void;
  choose: (option: Option) => void;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && query.trim() !== '' && options.length > 0;

  function pick(option: Option) {
    setOpen(false);
    choose(option);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current <= 0 ? options.length - 1 : current - 1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const chosen = options[active];
      if (chosen) {
        event.preventDefault();
        pick(chosen);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        clearQuery();
      }
    }
  }

  return {
    open,
    active,
    expanded,
    onKeyDown,
    /** An option chosen by Enter or a tap: the list closes. */
    pick,
    /** The query changed: the list opens afresh, with nothing chosen. */
    restart() {
      setActive(-1);
      setOpen(true);
    },
    show: () => setOpen(true),
    hide: () => setOpen(false),
  };
}

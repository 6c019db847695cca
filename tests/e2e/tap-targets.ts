import type { Page } from '@playwright/test';

/**
 * WCAG 2.2 "Target Size (Minimum)" (2.5.8): every pointer target is at least 24 × 24 CSS px, or is
 * spaced so that a 24 px circle centred on it touches no other target and no other small target's
 * circle.
 *
 * Targets: visible links, buttons, form controls, <summary> and [role=button]. A form control and its
 * <label>s are one target (clicking the label operates the control), so a small checkbox inside a
 * large label passes.
 *
 * The WCAG "inline" exception: a link inside running prose is exempt, because its size is set by the
 * line of text around it. A link is "in running prose" when it is displayed inline (not made into a
 * box by the site: inline-block, flex or block links are targets the site sized) and the block it sits
 * in (its nearest ancestor that is not displayed inline, e.g. a <p>, an <li>, a <td>) has words of its
 * own outside the link — text in the same line flow, not in a nested block. So "call the helpline on
 * <a>0808 …</a>" and a footnote number are exempt; an <li> holding only a link (nav, footers, link
 * lists, contents, A to Z letters, breadcrumbs) is not, nor is a link whose description is a separate
 * <p> under it. `alwaysTargets` names inline links that must meet the size anyway (the marked words in
 * /explain are the reader's way in to each explanation).
 */
export interface TapTargetProblem {
  target: string;
  width: number;
  height: number;
  /** The target its 24 px circle reaches. */
  tooCloseTo: string;
}

export const MIN_TARGET_PX = 24;

export async function tapTargetProblems(
  page: Page,
  { alwaysTargets = '' }: { alwaysTargets?: string } = {},
): Promise<TapTargetProblem[]> {
  return page.evaluate(
    ({ min, alwaysTargets }) => {
      const TARGETS =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
      const isInline = (element: Element) => getComputedStyle(element).display === 'inline';

      const visibleRect = (element: Element): DOMRect | null => {
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
          return null;
        }
        const rect = element.getBoundingClientRect();
        // 1 px boxes are visually-hidden text (the skip link until focused), not targets.
        return rect.width > 1 && rect.height > 1 ? rect : null;
      };

      /** Words of the enclosing block outside `link`, in the same line flow (not nested blocks). */
      const hasOwnWordsAround = (link: Element): boolean => {
        let block = link.parentElement;
        while (block && isInline(block)) block = block.parentElement;
        if (!block) return false;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (link.contains(node) || !/[\p{L}\p{N}]/u.test(node.textContent ?? '')) continue;
          let parent = node.parentElement;
          let inFlow = true;
          while (parent && parent !== block) {
            if (!isInline(parent)) inFlow = false;
            parent = parent.parentElement;
          }
          if (inFlow) return true;
        }
        return false;
      };

      const describe = (element: Element) => {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        const name =
          element.getAttribute('aria-label') ?? (text || element.getAttribute('name') || '');
        const href = element.getAttribute('href');
        return `<${element.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> "${name}"`;
      };

      interface Target {
        element: Element;
        rect: { left: number; top: number; right: number; bottom: number };
        exempt: boolean;
      }
      const targets: Target[] = [];
      for (const element of document.querySelectorAll(TARGETS)) {
        const own = visibleRect(element);
        const labels =
          element instanceof HTMLInputElement ||
          element instanceof HTMLSelectElement ||
          element instanceof HTMLTextAreaElement
            ? [...(element.labels ?? [])]
            : [];
        const rects = [own, ...labels.map(visibleRect)].filter((rect) => rect !== null);
        if (!own || rects.length === 0) continue;
        const rect = {
          left: Math.min(...rects.map((r) => r.left)),
          top: Math.min(...rects.map((r) => r.top)),
          right: Math.max(...rects.map((r) => r.right)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
        };
        const exempt =
          element.tagName === 'A' &&
          isInline(element) &&
          !(alwaysTargets && element.matches(alwaysTargets)) &&
          hasOwnWordsAround(element);
        targets.push({ element, rect, exempt });
      }

      const radius = min / 2;
      const tolerance = 0.5;
      const small = (target: Target) =>
        target.rect.right - target.rect.left < min - tolerance ||
        target.rect.bottom - target.rect.top < min - tolerance;
      const centre = (target: Target) => ({
        x: (target.rect.left + target.rect.right) / 2,
        y: (target.rect.top + target.rect.bottom) / 2,
      });
      const distanceToRect = (point: { x: number; y: number }, rect: Target['rect']) => {
        const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
        const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
        return Math.hypot(dx, dy);
      };

      const problems = [];
      for (const target of targets) {
        if (target.exempt || !small(target)) continue;
        const here = centre(target);
        const clash = targets.find((other) => {
          if (other === target) return false;
          // A link wrapping a button, or a control inside its own label, is one target.
          if (other.element.contains(target.element) || target.element.contains(other.element)) {
            return false;
          }
          if (distanceToRect(here, other.rect) < radius - tolerance) return true;
          if (!small(other)) return false;
          const there = centre(other);
          return Math.hypot(here.x - there.x, here.y - there.y) < min - tolerance;
        });
        if (clash) {
          problems.push({
            target: describe(target.element),
            width: Math.round(target.rect.right - target.rect.left),
            height: Math.round(target.rect.bottom - target.rect.top),
            tooCloseTo: describe(clash.element),
          });
        }
      }
      return problems;
    },
    { min: MIN_TARGET_PX, alwaysTargets },
  );
}

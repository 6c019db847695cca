import { expect, type Locator } from '@playwright/test';

/**
 * Waits until React has hydrated this element. Pages start their scripts after the first paint, so a
 * control can be on screen (and usable as plain HTML) a moment before its scripts make it live.
 */
export async function expectAlive(control: Locator): Promise<void> {
  await expect
    .poll(() =>
      control.evaluate((element) =>
        Object.keys(element).some((key) => key.startsWith('__reactProps')),
      ),
    )
    .toBe(true);
}

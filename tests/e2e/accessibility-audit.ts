/**
 * Accessibility checks for a page as it stands: axe-core's WCAG 2.2 AA rules and
 * best practices (names, contrast, headings, landmarks, ARIA) in the light and the
 * dark theme, a walk with the Tab key that must reach every control, and reflow at
 * the narrowest side panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on `page` (or only inside `within`) once per colour scheme and fails with
 * every violation listed: rule, element and what to fix.
 */
export async function expectAccessible(page: Page, state: string, within?: string): Promise<void> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    let axe = new AxeBuilder({ page }).withTags(RULE_SETS);
    if (within) axe = axe.include(within);
    const { violations } = await axe.analyze();
    for (const rule of violations) {
      for (const node of rule.nodes) {
        const fix = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        problems.push(`${colorScheme}: ${rule.id} at ${node.target.join(' > ')}: ${fix}`);
      }
    }
  }
  expect(problems, `accessibility problems in ${state}`).toEqual([]);
}

export interface TabWalk {
  missed: string[];
  unmarked: string[];
}

/**
 * Presses Tab from the top of the page until every control (visible, enabled, in
 * the tab order) has had focus, and returns those that never got it and those that
 * got it without a visible focus ring.
 */
export async function tabWalk(page: Page): Promise<TabWalk> {
  const stops = await page.evaluate(() => {
    // Start from the top: focusing the root moves the point Tab continues from (a blur would not).
    const root = document.documentElement;
    root.tabIndex = -1;
    root.focus();
    root.removeAttribute('tabindex');
    const reached = new Set<Element>();
    const unmarked = new Set<string>();
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    // A radio group is one stop: Tab lands on its checked button, arrows move within it.
    const sameStop = (el: Element) =>
      el instanceof HTMLInputElement && el.type === 'radio' && el.name
        ? [...document.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)]
        : [el];
    const stops = () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
        (el) =>
          el.tabIndex >= 0 &&
          !el.matches(':disabled, input[type=hidden]') &&
          el.checkVisibility({ visibilityProperty: true }) &&
          (!(el instanceof HTMLInputElement && el.type === 'radio') || el.checked || !sameStop(el).some((r) => (r as HTMLInputElement).checked)),
      );
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as Element;
        reached.add(el);
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        if (!ring) unmarked.add(describe(el));
      },
      true,
    );
    const result = () => ({
      missed: stops()
        .filter((el) => !sameStop(el).some((r) => reached.has(r)))
        .map(describe),
      unmarked: [...unmarked],
    });
    Object.assign(window, { tabWalkResult: result });
    return stops().length;
  });
  const walked = () => page.evaluate(() => (window as unknown as { tabWalkResult: () => TabWalk }).tabWalkResult());
  // A date-and-time field takes one press per part, so stop when all are reached, within a generous cap.
  for (let i = 0; i < stops * 4; i++) {
    await page.keyboard.press('Tab');
    if ((await walked()).missed.length === 0) break;
  }
  return walked();
}

/** Chrome's side panel is never narrower than this; WCAG asks content to reflow at it too. */
export const NARROWEST = { width: 320, height: 640 };

/** How far the page scrolls sideways (0 when everything reflows into the window). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * How each element is painted in a high-contrast mode (forced colours emulated):
 * background, text and bottom-border colours. A chosen tab must not paint like the
 * others there, where every author colour is replaced.
 */
export async function paintInHighContrast(page: Page, elements: Locator[]): Promise<string[]> {
  await page.emulateMedia({ forcedColors: 'active' });
  const paints: string[] = [];
  for (const element of elements) {
    paints.push(
      await element.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} / ${style.color} / ${style.borderBottomColor}`;
      }),
    );
  }
  await page.emulateMedia({ forcedColors: 'none' });
  return paints;
}

// Stories that prove a component keeps its shape with no Tandem stylesheet (never shipped: only
// stories import this). Works on whatever the page loaded: Vite's <style> elements in dev mode,
// the bundled <link> of the built catalog.

function hasTandemRule(sheet: CSSStyleSheet): boolean {
  try {
    return [...sheet.cssRules].some((rule) => rule.cssText.includes('.tandem-'));
  } catch {
    // A sheet from another origin cannot be read, and is none of ours.
    return false;
  }
}

/**
 * Disables every stylesheet with a `.tandem-` rule and returns what turns them back on: a
 * story's `beforeEach`, which Storybook calls again with the cleanup once the story is done.
 *
 * @example
 * export const Unstyled: Story = { beforeEach: withoutTandemStylesheets };
 */
export function withoutTandemStylesheets(): () => void {
  const sheets = [...document.styleSheets].filter(
    (sheet) => !sheet.disabled && hasTandemRule(sheet),
  );
  for (const sheet of sheets) sheet.disabled = true;
  return () => {
    for (const sheet of sheets) sheet.disabled = false;
  };
}

/**
 * Fails unless no Tandem stylesheet applies to `element`: the check that makes a story
 * "without the stylesheet" able to fail, as the default look sets `--tandem-*` properties on
 * every component's root.
 *
 * @example
 * expectNoTandemLook(one(canvasElement, '.tandem-sla'), '--tandem-sla-fg');
 */
export function expectNoTandemLook(element: Element, property: string): void {
  const value = getComputedStyle(element).getPropertyValue(property);
  if (value !== '') throw new Error(`A Tandem stylesheet still applies: ${property} is ${value}.`);
}

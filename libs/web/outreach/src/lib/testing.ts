import { ComponentFixture } from '@angular/core/testing';

/** Text of an element with runs of white space collapsed. */
export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element with `data-testid="testId"` under `root`; throws when missing, naming it. */
export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, testId: string): T {
  const found = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId}`);
  return found;
}

export async function typeInto(
  fixture: ComponentFixture<unknown>,
  input: HTMLInputElement,
  value: string,
): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

/** Clears what dialogs and menus left in the overlay container between specs. */
export function clearOverlays(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
}

/** Elements under `root` wider than `width` px: what would make a phone scroll sideways. */
export function overflowing(root: HTMLElement, width = 390): string[] {
  const left = root.getBoundingClientRect().left;
  return Array.from(root.querySelectorAll<HTMLElement>('*'))
    .filter((el) => !el.closest('.table-box, .canvas-box'))
    .filter((el) => el.getBoundingClientRect().right - left > width + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
}

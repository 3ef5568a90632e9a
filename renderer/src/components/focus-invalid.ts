/**
 * Brings the first field with an error into view and focuses it, in the order the fields appear on screen.
 * Without it a refused submit in a long form or modal can look as if nothing happened.
 */
export function focusFirstInvalid(root: HTMLElement | null, paths: string[]): void {
  if (!root) return;
  const byPath = paths
    .map((path) => root.querySelector<HTMLElement>(`[data-path="${path.replace(/["\\]/g, '\\$&')}"]`))
    .filter((node): node is HTMLElement => node !== null);
  const first = byPath.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  if (first) {
    reveal(first);
    return;
  }
  // Fields without a form path (custom inputs) are marked once their error has rendered.
  requestAnimationFrame(() => {
    const marked = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (marked) reveal(marked);
  });
}

function reveal(node: HTMLElement): void {
  node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  node.focus({ preventScroll: true });
}

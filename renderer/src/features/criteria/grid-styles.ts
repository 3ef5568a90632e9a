/**
 * The grid's CSS. A <style> element rather than inline styles because focus, hover and sticky
 * columns need selectors; the CSP allows inline styles (Mantine injects its own the same way).
 */
export const gridCss = `
.crit-grid { border-collapse: separate; border-spacing: 0; font-size: var(--mantine-font-size-sm); }
.crit-grid th, .crit-grid td { border-bottom: 1px solid var(--mantine-color-gray-3); border-right: 1px solid var(--mantine-color-gray-2); padding: 4px 6px; white-space: nowrap; }
.crit-grid tbody th { font-weight: 500; }
.crit-grid thead th { position: sticky; top: 0; z-index: 2; background: var(--mantine-color-gray-0); font-weight: 600; text-align: center; }
.crit-grid .crit-num { position: sticky; left: 0; z-index: 1; background: var(--mantine-color-body); width: 44px; min-width: 44px; max-width: 44px; box-sizing: border-box; }
.crit-grid .crit-name { position: sticky; left: 44px; z-index: 1; background: var(--mantine-color-body); text-align: left; min-width: 150px; box-shadow: inset -1px 0 0 var(--mantine-color-gray-4); }
.crit-grid thead .crit-num, .crit-grid thead .crit-name { z-index: 3; background: var(--mantine-color-gray-0); }
.crit-grid td.crit-num { text-align: right; color: var(--mantine-color-dimmed); }
.crit-grid th.crit-criterion { width: 28px; min-width: 28px; padding: 4px 2px; cursor: help; }
.crit-grid td.crit-td { width: 28px; min-width: 28px; height: 30px; padding: 0; }
.crit-grid .crit-cell { display: flex; align-items: center; justify-content: center; width: 100%; height: 100%; min-height: 30px; cursor: pointer; user-select: none; position: relative; outline: none; font-weight: 700; }
.crit-grid .crit-cell[aria-checked='true'] { background: var(--mantine-color-green-light); color: var(--mantine-color-green-light-color); }
.crit-grid .crit-cell:hover { background: var(--mantine-color-blue-0); }
.crit-grid .crit-cell[aria-checked='true']:hover { background: var(--mantine-color-green-light-hover); }
.crit-grid .crit-cell.crit-changed::after { content: ''; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 9px 9px 0; border-color: transparent var(--mantine-color-orange-6) transparent transparent; }
.crit-grid .crit-cell:focus-visible, .crit-grid .crit-cell:focus { box-shadow: inset 0 0 0 2px var(--mantine-color-blue-6); }
.crit-grid tr:hover .crit-num, .crit-grid tr:hover .crit-name { background: var(--mantine-color-gray-0); }
.crit-grid .crit-count { text-align: center; font-variant-numeric: tabular-nums; font-weight: 600; }
.crit-grid .crit-count.crit-low { color: var(--mantine-color-red-7); }
.crit-grid .crit-prev { text-align: center; color: var(--mantine-color-dimmed); font-variant-numeric: tabular-nums; }
.crit-grid .crit-level { text-align: left; }
.crit-grid .crit-level button:focus-visible { outline: 2px solid var(--mantine-color-blue-6); outline-offset: 1px; }
`;

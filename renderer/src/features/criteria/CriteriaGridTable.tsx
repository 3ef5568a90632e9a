import { Button } from '@mantine/core';
import type { CriteriaGrid, CriteriaGridRow, Criterion } from '@shared/domain/criteria';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { type ClipboardEvent, type KeyboardEvent, useRef, useState } from 'react';

import { applyPaste, type Edits, isChanged, metOf, withCell } from './grid-state';
import { gridCss } from './grid-styles';
import { SHORT_LEVEL } from './level-labels';
import { criteriaText } from './text';

const text = criteriaText.grid;

interface Props {
  grid: CriteriaGrid;
  criteria: Criterion[];
  edits: Edits;
  onEdits: (edits: Edits) => void;
  /** A refused paste: the message names the row; null clears the last one. */
  onPasteError: (message: string | null) => void;
  onLevel: (row: CriteriaGridRow) => void;
}

interface Position {
  row: number;
  col: number;
}

/** The cell an event came from (its data-row/data-col), so keys and paste act where the focus really is. */
function positionOf(target: EventTarget): Position | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-col]') : null;
  if (!element) return null;
  return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
}

/**
 * The year's criteria of every commune as an ARIA grid with a roving tabindex: one cell is the tab
 * stop, arrows move it, Space toggles, Home/End jump within the row, Ctrl+V fills downward.
 * Columns 0..n-1 are the criteria; column n is the level button.
 */
export function CriteriaGridTable({ grid, criteria, edits, onEdits, onPasteError, onLevel }: Props) {
  const [focus, setFocus] = useState<Position>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const numbers = criteria.map((c) => c.number);
  const lastCol = numbers.length;
  const lastRow = grid.rows.length - 1;
  // Rows can shrink when another district is loaded: keep the tab stop inside the grid.
  const active = { row: Math.min(focus.row, Math.max(lastRow, 0)), col: Math.min(focus.col, lastCol) };

  const moveTo = (next: Position) => {
    const target = { row: Math.max(0, Math.min(lastRow, next.row)), col: Math.max(0, Math.min(lastCol, next.col)) };
    setFocus(target);
    cells.current.get(`${target.row}:${target.col}`)?.focus();
  };

  const toggle = (rowIndex: number, col: number) => {
    const row = grid.rows[rowIndex];
    const number = numbers[col];
    if (!row || number === undefined) return;
    onPasteError(null);
    onEdits(withCell(edits, row, number, !metOf(row, edits).includes(number)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = positionOf(event.target);
    if (!from) return;
    const { row, col } = from;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
      End: event.ctrlKey ? { row: lastRow, col: lastCol } : { row, col: lastCol },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
    } else if (event.key === ' ' && col < lastCol) {
      event.preventDefault();
      toggle(row, col);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const from = positionOf(event.target);
    if (!from || from.col >= lastCol) return;
    event.preventDefault();
    const result = applyPaste(grid, numbers, edits, from.row, from.col, event.clipboardData.getData('text/plain'));
    if (result.ok) {
      onPasteError(null);
      onEdits(result.edits);
    } else onPasteError(result.error);
  };

  const register = (key: string) => (element: HTMLElement | null) => {
    if (element) cells.current.set(key, element);
    else cells.current.delete(key);
  };

  return (
    <>
      <style>{gridCss}</style>
      <table
        className="crit-grid"
        role="grid"
        aria-label={text.label(grid.district.name, grid.year)}
        aria-rowcount={grid.rows.length + 1}
        aria-colcount={numbers.length + 5}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        <thead>
          <tr>
            <th className="crit-num" scope="col">
              {text.index}
            </th>
            <th className="crit-name" scope="col">
              {text.commune}
            </th>
            {criteria.map((c) => (
              <th key={c.number} className="crit-criterion" scope="col" title={text.criterionTitle(c.number, c.name)}>
                {c.number}
              </th>
            ))}
            <th scope="col" title={text.countTitle}>
              {text.count}
            </th>
            <th scope="col" title={text.previousTitle(grid.year - 1)}>
              {text.previous}
            </th>
            <th scope="col">{text.level}</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, rowIndex) => {
            const met = metOf(row, edits);
            const entered = row.count !== null || edits.has(row.unitId);
            return (
              <tr key={row.unitId}>
                <td className="crit-num">{rowIndex + 1}</td>
                <th className="crit-name" scope="row">
                  {row.name}
                </th>
                {numbers.map((number, col) => {
                  const checked = met.includes(number);
                  const current = active.row === rowIndex && active.col === col;
                  const changed = isChanged(row, edits, number);
                  // The cell holds a checkbox: ARIA lets a gridcell be selected (the tab stop) but not checked.
                  return (
                    <td key={number} role="gridcell" className="crit-td" aria-selected={current}>
                      <span
                        ref={register(`${rowIndex}:${col}`)}
                        role="checkbox"
                        data-row={rowIndex}
                        data-col={col}
                        className={changed ? 'crit-cell crit-changed' : 'crit-cell'}
                        aria-label={text.cellLabel(number, row.name)}
                        aria-checked={checked}
                        aria-description={changed ? text.changed : undefined}
                        tabIndex={current ? 0 : -1}
                        onClick={() => {
                          setFocus({ row: rowIndex, col });
                          toggle(rowIndex, col);
                        }}
                        onFocus={() => setFocus({ row: rowIndex, col })}
                      >
                        {checked ? '✓' : ''}
                      </span>
                    </td>
                  );
                })}
                <td className="crit-count" aria-label={text.countTitle}>
                  {entered ? text.countValue(met.length, numbers.length) : text.none}
                </td>
                <td className="crit-prev">{row.previousCount ?? text.none}</td>
                <td className="crit-level" role="gridcell">
                  <Button
                    ref={register(`${rowIndex}:${lastCol}`)}
                    data-row={rowIndex}
                    data-col={lastCol}
                    size="compact-xs"
                    variant={row.level === 'none' ? 'subtle' : 'light'}
                    color={row.level === 'none' ? 'gray' : 'green'}
                    tabIndex={active.row === rowIndex && active.col === lastCol ? 0 : -1}
                    title={LEVEL_LABELS[row.level]}
                    aria-label={`${text.changeLevel(row.name)}: ${LEVEL_LABELS[row.level]}`}
                    onFocus={() => setFocus({ row: rowIndex, col: lastCol })}
                    onClick={() => onLevel(row)}
                  >
                    {SHORT_LEVEL[row.level]}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

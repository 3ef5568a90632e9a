import { Loader, Tree, type TreeNodeData, useTree } from '@mantine/core';
import { UNIT_PAGE_MAX } from '@shared/contract/unit-paging';
import type { UnitKind, UnitListItem } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { unitsText } from './text';
import { TREE_ROOTS_INPUT } from './unit-filters';

interface Props {
  selectedDistrictId: number | null;
  onSelectDistrict: (districtId: number | null) => void;
}

/** Kinds shown under each kind: a province's districts (and communes outside any district), a district's communes. */
const CHILD_KINDS: Partial<Record<UnitKind, UnitKind[]>> = { province: ['district', 'commune'], district: ['commune'] };

interface Children {
  rows: UnitListItem[];
  total: number;
}

// Each level is indented by the tree's --label-offset (Mantine's label class pads by it; a padding set here
// would override that class, as Group's px once did, and flatten the tree).
const nodeRow: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 4,
  flexWrap: 'nowrap',
  paddingBlock: 3,
  paddingInlineEnd: 4,
  paddingInlineStart: 'calc(var(--label-offset, 0px) + 4px)',
  borderRadius: 4,
};
const noShrink: CSSProperties = { flexShrink: 0 };
// One line, cut with an ellipsis (Text lineClamp={1}); the placeholders in two smaller, dimmed lines.
const nodeLabel: CSSProperties = {
  fontSize: 'var(--mantine-font-size-sm)',
  lineHeight: 'var(--mantine-line-height-sm)',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  minWidth: 0,
};
const placeholderLabel: CSSProperties = {
  fontSize: 'var(--mantine-font-size-xs)',
  lineHeight: 'var(--mantine-line-height-xs)',
  color: 'var(--mantine-color-dimmed)',
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  minWidth: 0,
};

const LOADING = ':loading';
const MORE = ':more';

function node(unit: UnitListItem, loaded: Map<number, Children>): TreeNodeData {
  const childKinds = CHILD_KINDS[unit.kind];
  if (!childKinds || unit.childCount === 0) return { value: String(unit.id), label: unit.name };
  const children = loaded.get(unit.id);
  if (!children)
    return { value: String(unit.id), label: unit.name, children: [{ value: `${unit.id}${LOADING}`, label: unitsText.tree.loading }] };
  const nodes = children.rows.map((child) => node(child, loaded));
  if (children.total > children.rows.length) {
    const more = unitsText.tree.more(formatNumber(children.rows.length), formatNumber(children.total));
    nodes.push({ value: `${unit.id}${MORE}`, label: more });
  }
  return { value: String(unit.id), label: unit.name, children: nodes.length > 0 ? nodes : undefined };
}

/**
 * Province > districts > communes, read a level at a time: the provinces first, a unit's children when
 * it is opened. A district filters the table; a commune opens its page.
 */
export function UnitTree({ selectedDistrictId, onSelectDistrict }: Props) {
  const navigate = useNavigate();
  const roots = useCall('units.list', TREE_ROOTS_INPUT);
  const [loaded, setLoaded] = useState<Map<number, Children>>(() => new Map());
  const [units, setUnits] = useState<Map<string, UnitListItem>>(() => new Map());
  // Expansion is ours, not useTree's: its expand() changes identity on every change, so calling it
  // from an effect loops. A single province starts open; choosing a district (here or in the filter) opens it.
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [openedFor, setOpenedFor] = useState<number | null>(null);
  if (selectedDistrictId !== openedFor) {
    setOpenedFor(selectedDistrictId);
    if (selectedDistrictId !== null) setExpanded((state) => ({ ...state, [String(selectedDistrictId)]: true }));
  }
  const rootRows = useMemo(() => roots.data?.rows ?? [], [roots.data]);
  const expandedState = useMemo(
    () => ({ ...(rootRows.length === 1 ? { [String(rootRows[0].id)]: true } : {}), ...expanded }),
    [rootRows, expanded],
  );
  const known = useMemo(() => {
    const all = new Map(units);
    for (const unit of rootRows) all.set(String(unit.id), unit);
    return all;
  }, [units, rootRows]);

  // Children of every open unit not asked for yet, a page (the largest) each; each is asked once.
  const requested = useRef(new Set<number>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    for (const [value, open] of Object.entries(expandedState)) {
      const unit = known.get(value);
      const kinds = unit && CHILD_KINDS[unit.kind];
      if (!open || !unit || !kinds || requested.current.has(unit.id)) continue;
      requested.current.add(unit.id);
      void call('units.list', { parentId: unit.id, kinds, archived: 'active', sort: 'name', pageSize: UNIT_PAGE_MAX }).then(
        (page) => {
          if (!mounted.current) return;
          setLoaded((state) => new Map(state).set(unit.id, page));
          setUnits((state) => {
            const next = new Map(state);
            for (const child of page.rows) next.set(String(child.id), child);
            return next;
          });
        },
        () => requested.current.delete(unit.id),
      );
    }
  }, [expandedState, known]);

  const data = useMemo(() => rootRows.map((unit) => node(unit, loaded)), [rootRows, loaded]);
  // With one province, it stands for "all"; across the country no province is chosen by default.
  const selected = selectedDistrictId === null ? (data.length === 1 ? data[0].value : '') : String(selectedDistrictId);
  const tree = useTree({ selectedState: [selected], expandedState, onExpandedStateChange: setExpanded });

  const choose = (value: string) => {
    const kind = known.get(value)?.kind;
    if (kind === 'province') onSelectDistrict(null);
    else if (kind === 'district') onSelectDistrict(Number(value));
    else if (kind) navigate(`/units/${value}`);
  };

  if (roots.loading && !roots.data) return <Loader size="sm" aria-label={unitsText.tree.loading} />;

  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="md"
      aria-label={unitsText.tree.label}
      renderNode={({ node, expanded, hasChildren, elementProps, selected: isSelected }) => {
        const placeholder = node.value.endsWith(LOADING) || node.value.endsWith(MORE);
        // Plain elements styled as Group and Text were: across the country the tree opens on 63 provinces, and a
        // Mantine component per element made them a good part of the screen's first render.
        return (
          <div
            {...elementProps}
            onClick={(event) => {
              if (placeholder) return;
              // The first click on a province or district selects (and opens) it; a second click folds it.
              if (isSelected || !hasChildren) elementProps.onClick(event);
              else setExpanded((state) => ({ ...state, [node.value]: true }));
              choose(node.value);
            }}
            style={{
              ...nodeRow,
              ...elementProps.style,
              background: isSelected ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            {hasChildren ? (
              expanded ? (
                <IconChevronDown size={14} style={noShrink} />
              ) : (
                <IconChevronRight size={14} style={noShrink} />
              )
            ) : (
              <span style={{ width: 14, ...noShrink }} />
            )}
            <span
              style={
                placeholder
                  ? placeholderLabel
                  : {
                      ...nodeLabel,
                      color: isSelected ? 'var(--mantine-color-blue-9)' : undefined,
                      fontWeight: isSelected ? 600 : undefined,
                    }
              }
            >
              {node.label}
            </span>
          </div>
        );
      }}
    />
  );
}

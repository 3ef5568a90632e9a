import { Group, Text, Tree, type TreeNodeData, useTree } from '@mantine/core';
import type { UnitListItem } from '@shared/domain/units';
import { compareVietnamese } from '@shared/text/collate';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import { unitsText } from './text';

interface Props {
  /** Active units; the tree shows the province, its districts and their communes. */
  units: UnitListItem[];
  selectedDistrictId: number | null;
  onSelectDistrict: (districtId: number | null) => void;
}

function buildTree(units: UnitListItem[]): TreeNodeData[] {
  const byParent = new Map<number, UnitListItem[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit]);
  }
  const node = (unit: UnitListItem, childKind: UnitListItem['kind'] | null): TreeNodeData => {
    const children = childKind
      ? (byParent.get(unit.id) ?? [])
          .filter((child) => child.kind === childKind)
          .sort((a, b) => compareVietnamese(a.name, b.name))
          .map((child) => node(child, childKind === 'district' ? 'commune' : null))
      : [];
    return { value: String(unit.id), label: unit.name, children: children.length > 0 ? children : undefined };
  };
  return units.filter((unit) => unit.kind === 'province').map((province) => node(province, 'district'));
}

/** Province > districts > communes. A district filters the table; a commune opens its page. */
export function UnitTree({ units, selectedDistrictId, onSelectDistrict }: Props) {
  const navigate = useNavigate();
  const data = useMemo(() => buildTree(units), [units]);
  const kindOf = useMemo(() => new Map(units.map((unit) => [String(unit.id), unit.kind])), [units]);
  const selected = selectedDistrictId === null ? (data[0]?.value ?? '') : String(selectedDistrictId);
  // Expansion is ours, not useTree's: its expand() changes identity on every change, so calling it
  // from an effect loops. Roots start open; choosing a district (here or in the filter) opens it.
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [openedFor, setOpenedFor] = useState<number | null>(null);
  if (selectedDistrictId !== openedFor) {
    setOpenedFor(selectedDistrictId);
    if (selectedDistrictId !== null) setExpanded((state) => ({ ...state, [String(selectedDistrictId)]: true }));
  }
  const expandedState = useMemo(() => ({ ...Object.fromEntries(data.map((root) => [root.value, true])), ...expanded }), [data, expanded]);
  const tree = useTree({ selectedState: [selected], expandedState, onExpandedStateChange: setExpanded });

  const choose = (value: string) => {
    const kind = kindOf.get(value);
    if (kind === 'province') onSelectDistrict(null);
    else if (kind === 'district') onSelectDistrict(Number(value));
    else navigate(`/units/${value}`);
  };

  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="md"
      aria-label={unitsText.tree.label}
      renderNode={({ node, expanded, hasChildren, elementProps, selected: isSelected }) => (
        <Group
          gap={4}
          wrap="nowrap"
          {...elementProps}
          onClick={(event) => {
            // The first click on a province or district selects (and opens) it; a second click folds it.
            if (isSelected || !hasChildren) elementProps.onClick(event);
            else setExpanded((state) => ({ ...state, [node.value]: true }));
            choose(node.value);
          }}
          py={3}
          px={4}
          style={{
            ...elementProps.style,
            borderRadius: 4,
            background: isSelected ? 'var(--mantine-primary-color-light)' : undefined,
          }}
        >
          {hasChildren ? (
            expanded ? (
              <IconChevronDown size={14} style={{ flexShrink: 0 }} />
            ) : (
              <IconChevronRight size={14} style={{ flexShrink: 0 }} />
            )
          ) : (
            <span style={{ width: 14, flexShrink: 0 }} />
          )}
          <Text size="sm" fw={isSelected ? 600 : undefined} c={isSelected ? 'blue.9' : undefined} lineClamp={1}>
            {node.label}
          </Text>
        </Group>
      )}
    />
  );
}

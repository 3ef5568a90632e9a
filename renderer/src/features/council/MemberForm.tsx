import { Alert, Button, Group, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilMember, type CouncilRole } from '@shared/domain/council';
import type { Person } from '@shared/domain/inspections';
import { todayIso } from '@shared/format/date';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { PersonPicker } from '../inspections/PersonPicker';
import { PersonFormModal } from '../people/PersonFormModal';
import { councilText } from './text';

const text = councilText.memberForm;
const ROLE_OPTIONS = COUNCIL_ROLES.map((role) => ({ value: role, label: COUNCIL_ROLE_LABELS[role] }));

interface Values {
  personId: string | null;
  role: CouncilRole;
  termFrom: string | null;
  termTo: string | null;
}

const termToRule = (values: Values) => dateRule((value) => (value && values.termFrom && value < values.termFrom ? text.termOrder : null));

interface Props {
  /** Absent: a new seat. Present: its role and the end of its term. */
  member?: CouncilMember;
  onSaved: (member: CouncilMember) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** A seat on the council: a person of the directory (or one added on the spot), a role and a term; an existing seat changes its role or ends. */
export function MemberForm({ member, onSaved, onCancel, onReload }: Props) {
  const [known, setKnown] = useState(() => new Map<string, Pick<Person, 'fullName' | 'position' | 'agency'>>());
  const [adding, setAdding] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      personId: member ? String(member.personId) : null,
      role: member?.role ?? 'member',
      termFrom: member?.termFrom ?? todayIso(),
      termTo: member?.termTo ?? null,
    },
    validate: {
      personId: (value) => (value ? null : text.required(text.person)),
      termFrom: dateRule((value) => (value ? null : text.required(text.termFrom))),
      termTo: (value, values) => termToRule(values)(value),
    },
  });
  const state = useSaveForm(form, {
    save: (values) =>
      member
        ? call('members.update', { id: member.id, version: member.version, role: values.role, termTo: values.termTo })
        : call('members.create', {
            personId: Number(values.personId),
            role: values.role,
            termFrom: values.termFrom ?? '',
            termTo: values.termTo,
          }),
    success: (saved) => (member ? text.saved(saved.fullName) : text.created(saved.fullName)),
    onSaved,
  });

  return (
    <>
      <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
        {member ? (
          <>
            <Text fw={600}>{member.fullName}</Text>
            <Alert color="blue" variant="light">
              {text.endHint}
            </Alert>
          </>
        ) : (
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <PersonPicker
                label={text.person}
                known={known}
                onPicked={(person) => setKnown((map) => new Map(map).set(String(person.id), person))}
                {...form.getInputProps('personId')}
              />
            </div>
            <Button variant="subtle" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              {text.addPerson}
            </Button>
          </Group>
        )}
        <Select label={text.role} data={ROLE_OPTIONS} allowDeselect={false} withAsterisk {...form.getInputProps('role')} />
        <Group grow align="flex-start">
          <DateField label={text.termFrom} withAsterisk disabled={Boolean(member)} {...form.getInputProps('termFrom')} />
          <DateField label={text.termTo} description={text.termToHint} {...form.getInputProps('termTo')} />
        </Group>
      </SaveForm>
      <PersonFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(person) => {
          setKnown((map) => new Map(map).set(String(person.id), person));
          form.setFieldValue('personId', String(person.id));
        }}
      />
    </>
  );
}

import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { SIGNATURE_PREFIXES, type SignatureBlock, type SignaturePrefix } from '@shared/domain/signature';
import { upperVi } from '@shared/text/case';

import { signatureText as text } from './signature-text';

interface Props {
  value: SignatureBlock;
  onChange: (value: SignatureBlock) => void;
  /** Messages keyed by field: prefix, authority, position, signer. */
  errors?: Partial<Record<keyof SignatureBlock, string | undefined>>;
  /** Shows the signer's name (the issue dialog); settings keep it optional too. */
  withSigner?: boolean;
}

/** The lines the block prints, in capitals: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". */
export function signatureLines(block: SignatureBlock): string[] {
  const first = block.prefix ? `${block.prefix} ${block.authority.trim()}`.trim() : '';
  return [first, block.position.trim()].filter(Boolean).map(upperVi);
}

/** Client-side checks mirroring the contract: a prefix needs whom it signs for; no prefix needs a position. */
export function signatureErrors(block: SignatureBlock): Partial<Record<keyof SignatureBlock, string>> {
  const errors: Partial<Record<keyof SignatureBlock, string>> = {};
  if (block.prefix && !block.authority.trim()) errors.authority = text.errors.authority(block.prefix);
  if (!block.prefix && !block.position.trim()) errors.position = text.errors.position;
  return errors;
}

/**
 * Prefix (TM., KT., TL., TUQ., Q. or none), whom the signer signs for, the position and the name,
 * with the lines as they will print. "Phó Chủ tịch ký thay" fills KT. / Chủ tịch / Phó Chủ tịch.
 */
export function SignatureFields({ value, onChange, errors = {}, withSigner = true }: Props) {
  const set = (changes: Partial<SignatureBlock>) => onChange({ ...value, ...changes });
  const deputy = () => {
    // The head the deputy signs for: the current position unless it is already a deputy's.
    const head = value.prefix === 'KT.' ? value.authority : /^phó\s/iu.test(value.position) ? 'Chủ tịch' : value.position || 'Chủ tịch';
    set({ prefix: 'KT.', authority: head, position: text.deputyOf(head) });
  };
  const lines = signatureLines(value);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={text.prefix}
          data={SIGNATURE_PREFIXES.map((prefix) => ({ value: prefix, label: text.prefixes[prefix] }))}
          value={value.prefix}
          allowDeselect={false}
          onChange={(prefix) => set({ prefix: (prefix ?? '') as SignaturePrefix })}
          error={errors.prefix}
        />
        <TextInput
          label={text.authority}
          description={text.authorityDescription}
          value={value.authority}
          disabled={!value.prefix}
          onChange={(event) => set({ authority: event.currentTarget.value })}
          error={errors.authority}
        />
        <TextInput
          label={text.position}
          placeholder={text.positionPlaceholder}
          value={value.position}
          onChange={(event) => set({ position: event.currentTarget.value })}
          error={errors.position}
        />
        {withSigner && (
          <TextInput
            label={text.signer}
            placeholder={text.signerPlaceholder}
            value={value.signer}
            onChange={(event) => set({ signer: event.currentTarget.value })}
            error={errors.signer}
          />
        )}
      </SimpleGrid>
      <Group justify="space-between" align="flex-start">
        <Paper withBorder px="sm" py={4} aria-label={text.preview}>
          <Text size="xs">{text.preview}</Text>
          {lines.map((line) => (
            <Text key={line} size="sm" fw={700} ta="center">
              {line}
            </Text>
          ))}
        </Paper>
        <Button variant="light" size="xs" onClick={deputy}>
          {text.deputy}
        </Button>
      </Group>
    </Stack>
  );
}

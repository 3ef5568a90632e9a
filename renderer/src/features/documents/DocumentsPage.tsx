import { ActionIcon, Badge, Box, Group, LoadingOverlay, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DocumentEntry } from '@shared/domain/documents';
import { formatDate } from '@shared/format/date';
import { safeFileName } from '@shared/format/file-name';
import { formatNumber } from '@shared/format/number';
import { documentTypeName } from '@shared/text/document-types';
import { IconBan, IconFileTypePdf } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { CancelDocumentModal } from './CancelDocumentModal';
import { DocumentFilters, type DocumentFilterValues, emptyFilters } from './DocumentFilters';
import { PdfPreviewModal } from './PdfPreviewModal';
import { documentsText as text } from './text';

interface Opened {
  entry: DocumentEntry;
  pdf: string | null;
  error: string | null;
}

/** The register (sổ văn bản đi): filters, the list, the stored PDF opened again, cancelling. */
export function DocumentsPage() {
  const [filters, setFilters] = useState<DocumentFilterValues>(emptyFilters);
  const [query] = useDebouncedValue(filters.query.trim(), 250);
  const input = {
    ...(filters.year !== null ? { year: filters.year } : {}),
    ...(filters.type !== null ? { type: filters.type } : {}),
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(query ? { query } : {}),
  };
  const list = useCall('documents.list', input);
  // The whole register, for the year and type choices.
  const all = useCall('documents.list', {});
  const [opened, setOpened] = useState<Opened | null>(null);
  const [cancelling, setCancelling] = useState<DocumentEntry | null>(null);

  const years = useMemo(() => {
    const set = new Set((all.data ?? []).map((entry) => entry.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [all.data]);
  const types = useMemo(() => [...new Set((all.data ?? []).map((entry) => entry.typeAbbreviation))].sort(), [all.data]);

  const open = (entry: DocumentEntry) => {
    setOpened({ entry, pdf: null, error: null });
    call('documents.get', { id: entry.id })
      .then((stored) => setOpened((current) => (current?.entry.id === entry.id ? { ...current, pdf: stored.pdf } : current)))
      .catch((error: unknown) => {
        const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
        setOpened((current) => (current?.entry.id === entry.id ? { ...current, error: message } : current));
      });
  };

  const reload = () => {
    list.reload();
    all.reload();
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
      </div>
      <DocumentFilters value={filters} years={years} types={types} onChange={setFilters} />
      {list.error && <LoadError title={text.loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Text size="sm" fw={600} role="status" aria-live="polite">
        {list.data ? text.count(formatNumber(list.data.length)) : ''}
      </Text>
      <Box pos="relative" mih={120}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data && list.data.length === 0 ? (
          <Text c="dimmed" p="md">
            {text.empty}
          </Text>
        ) : (
          <ScrollArea type="auto">
            <Table striped highlightOnHover aria-label={text.title} miw={820}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{text.columns.number}</Table.Th>
                  <Table.Th>{text.columns.date}</Table.Th>
                  <Table.Th>{text.columns.type}</Table.Th>
                  <Table.Th>{text.columns.title}</Table.Th>
                  <Table.Th>{text.columns.signer}</Table.Th>
                  <Table.Th>{text.columns.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(list.data ?? []).map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600} td={entry.status === 'cancelled' ? 'line-through' : undefined}>
                          {entry.numberSymbol}
                        </Text>
                        {entry.status === 'cancelled' && (
                          <Tooltip label={entry.cancelReason} disabled={!entry.cancelReason}>
                            <Badge size="xs" color="red" variant="light">
                              {text.cancelledBadge}
                            </Badge>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{formatDate(entry.date)}</Table.Td>
                    <Table.Td>{documentTypeName(entry.typeAbbreviation)}</Table.Td>
                    <Table.Td>{entry.title}</Table.Td>
                    <Table.Td>{entry.signer}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={text.open}>
                          <ActionIcon variant="subtle" aria-label={`${text.open} ${entry.numberSymbol}`} onClick={() => open(entry)}>
                            <IconFileTypePdf size={18} />
                          </ActionIcon>
                        </Tooltip>
                        {entry.status === 'issued' && (
                          <Tooltip label={text.cancel}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`${text.cancel} ${entry.numberSymbol}`}
                              onClick={() => setCancelling(entry)}
                            >
                              <IconBan size={18} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Box>
      <PdfPreviewModal
        opened={opened !== null}
        onClose={() => setOpened(null)}
        title={opened ? text.preview.issuedTitle(opened.entry.numberSymbol) : ''}
        pdf={opened?.pdf ?? null}
        pages={opened?.entry.pages}
        error={opened?.error ?? null}
        fileName={opened ? safeFileName([opened.entry.numberSymbol, opened.entry.title], 'pdf') : 'van-ban.pdf'}
        source={opened ? { documentId: opened.entry.id } : undefined}
      />
      <CancelDocumentModal
        entry={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={() => {
          setCancelling(null);
          reload();
        }}
      />
    </Stack>
  );
}

import { ActionIcon, Badge, Box, Group, LoadingOverlay, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DocumentEntry } from '@shared/domain/documents';
import { formatDate } from '@shared/format/date';
import { safeFileName } from '@shared/format/file-name';
import { formatNumber } from '@shared/format/number';
import { documentTypeName } from '@shared/text/document-types';
import { IconBan, IconFileTypePdf, IconHistory } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListPager } from '../../components/ListPager';
import { LoadError } from '../../components/LoadError';
import { HistoryModal } from '../history/HistoryModal';
import { CancelDocumentModal } from './CancelDocumentModal';
import { DocumentFilters, type DocumentFilterValues, emptyFilters } from './DocumentFilters';
import { PdfPreviewModal } from './PdfPreviewModal';
import { REGISTER_PAGE_SIZE } from './register-input';
import { registerText } from './register-text';
import { signatureLines } from './SignatureFields';
import { documentsText as text } from './text';

const SHOWN_RECIPIENTS = 3;
const NO_TYPES: string[] = [];

/** Nơi nhận as the register lists them: the first few, one a line, then how many more. */
function Recipients({ entry }: { entry: DocumentEntry }) {
  if (entry.recipients.length === 0)
    return (
      <Text size="sm" title={registerText.notRecordedHint}>
        {registerText.notRecorded}
      </Text>
    );
  const more = entry.recipients.length - SHOWN_RECIPIENTS;
  return (
    <Stack gap={0} title={entry.recipients.join('\n')}>
      {entry.recipients.slice(0, SHOWN_RECIPIENTS).map((recipient) => (
        <Text key={recipient} size="sm">
          {recipient}
        </Text>
      ))}
      {more > 0 && <Text size="sm">{registerText.moreRecipients(more)}</Text>}
    </Stack>
  );
}

interface Opened {
  entry: DocumentEntry;
  pdf: string | null;
  error: string | null;
}

/** The register (sổ văn bản đi): filters, the list, the stored PDF opened again, cancelling. */
export function DocumentsPage() {
  const [filters, setFiltersState] = useState<DocumentFilterValues>(emptyFilters);
  const [page, setPage] = useState(1);
  const [query] = useDebouncedValue(filters.query.trim(), 250);
  const filter = {
    ...(filters.year !== null ? { year: filters.year } : {}),
    ...(filters.type !== null ? { type: filters.type } : {}),
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(query ? { query } : {}),
  };
  // A page of the register at a time; its answer also names the years and types the register holds.
  const list = useCall('documents.list', { ...filter, page, pageSize: REGISTER_PAGE_SIZE });
  const setFilters = (next: DocumentFilterValues) => {
    setFiltersState(next);
    setPage(1);
  };
  const [opened, setOpened] = useState<Opened | null>(null);
  const [cancelling, setCancelling] = useState<DocumentEntry | null>(null);
  const [historyOf, setHistoryOf] = useState<DocumentEntry | null>(null);

  const years = useMemo(() => {
    const set = new Set(list.data?.years ?? []);
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [list.data?.years]);
  const types = list.data?.types ?? NO_TYPES;
  const rows = list.data?.rows ?? [];

  const open = (entry: DocumentEntry) => {
    setOpened({ entry, pdf: null, error: null });
    call('documents.get', { id: entry.id })
      .then((stored) => setOpened((current) => (current?.entry.id === entry.id ? { ...current, pdf: stored.pdf } : current)))
      .catch((error: unknown) => {
        const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
        setOpened((current) => (current?.entry.id === entry.id ? { ...current, error: message } : current));
      });
  };

  const reload = () => list.reload();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{text.title}</Title>
          <Text c="dimmed" size="sm">
            {text.intro}
          </Text>
        </div>
        <ListExportButton input={{ list: 'documents', filters: filter }} />
      </Group>
      <DocumentFilters value={filters} years={years} types={types} onChange={setFilters} />
      {list.error && <LoadError title={text.loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Text size="sm" fw={600} role="status" aria-live="polite">
        {list.data ? text.count(formatNumber(list.data.total)) : ''}
      </Text>
      <Box pos="relative" mih={120}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data && list.data.total === 0 ? (
          <Text c="dimmed" p="md">
            {text.empty}
          </Text>
        ) : (
          <ScrollArea type="auto">
            <Table striped highlightOnHover aria-label={text.title} miw={1080}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{text.columns.number}</Table.Th>
                  <Table.Th>{text.columns.date}</Table.Th>
                  <Table.Th>{text.columns.type}</Table.Th>
                  <Table.Th>{text.columns.title}</Table.Th>
                  <Table.Th>{text.columns.signer}</Table.Th>
                  <Table.Th>{registerText.columns.recipients}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {registerText.columns.copies}
                  </Table.Th>
                  <Table.Th>{text.columns.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((entry) => (
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
                    <Table.Td>
                      {entry.signer}
                      {entry.signature && (
                        // The capacity the document was signed in: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
                        <Text size="xs">{signatureLines(entry.signature).join(' / ')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={260}>
                      <Recipients entry={entry} />
                    </Table.Td>
                    <Table.Td ta="right">{entry.copies > 0 ? formatNumber(entry.copies) : registerText.notRecorded}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={text.open}>
                          <ActionIcon variant="subtle" aria-label={`${text.open} ${entry.numberSymbol}`} onClick={() => open(entry)}>
                            <IconFileTypePdf size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={registerText.history}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${registerText.history} ${entry.numberSymbol}`}
                            onClick={() => setHistoryOf(entry)}
                          >
                            <IconHistory size={18} />
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
      <ListPager total={list.data?.total ?? 0} page={page} pageSize={REGISTER_PAGE_SIZE} onPage={setPage} />
      <HistoryModal
        record={historyOf ? { entity: 'document', entityId: historyOf.id, label: `${historyOf.numberSymbol} ${historyOf.title}` } : null}
        onClose={() => setHistoryOf(null)}
      />
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

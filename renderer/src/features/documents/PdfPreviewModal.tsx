import { Alert, Box, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentEntry } from '@shared/domain/documents';
import { IconDownload, IconFileCheck, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';

import { IssueForm, type IssueValues } from './IssueForm';
import { usePdfUrl } from './pdf-blob';
import { type PdfSource, printPdf, savePdf } from './pdf-export';
import { documentsText } from './text';

const text = documentsText.preview;

export interface PdfPreviewModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The PDF as base64 (what documents.preview and documents.get answer); null while loading. */
  pdf: string | null;
  pages?: number;
  loading?: boolean;
  error?: string | null;
  /** Name offered when saving. */
  fileName: string;
  /** What main saves or prints natively (Electron); without it, Save downloads and Print uses the page's viewer. */
  source?: PdfSource;
  /** For a draft: numbers and issues it (documents.issue), resolving with the register's entry. Throwing an ApiError shows its message and field errors. */
  onIssue?: (values: IssueValues) => Promise<DocumentEntry>;
  issueDefaultTitle?: string;
  /** A line above the buttons, e.g. why a working list has no "Cấp số và phát hành". */
  note?: string;
}

/**
 * Shows a PDF from main in the page (a blob: URL in an iframe, so the browser's or Electron's own
 * viewer draws it), with Save, Print and, for a draft, "Cấp số và phát hành".
 */
export function PdfPreviewModal(props: PdfPreviewModalProps) {
  const { opened, onClose, title, pdf, pages, loading, error, fileName, source, onIssue, issueDefaultTitle, note } = props;
  const url = usePdfUrl(pdf);
  const [busy, setBusy] = useState<'save' | 'print' | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [issuing, setIssuing] = useState(false);

  const close = () => {
    setIssuing(false);
    onClose();
  };

  const failed = (heading: string) => (caught: unknown) =>
    notifications.show({ color: 'red', title: heading, message: caught instanceof Error ? caught.message : String(caught) });

  const save = () => {
    if (!url) return;
    setBusy('save');
    savePdf({ source, url, fileName })
      .then((outcome) => {
        if (outcome.kind === 'saved') notifications.show({ color: 'green', message: text.saved(outcome.path) });
      })
      .catch(failed(text.saveFailed))
      .finally(() => setBusy(null));
  };

  const print = () => {
    if (!url) return;
    setBusy('print');
    printPdf({ source, url, fileName, frame: frame.current })
      .then((outcome) => {
        if (outcome === 'viewer') notifications.show({ color: 'blue', message: text.printOpened });
      })
      .catch(failed(text.printFailed))
      .finally(() => setBusy(null));
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="90%" centered>
      <Stack gap="sm">
        {error && (
          <Alert color="red" title={text.failed}>
            {error}
          </Alert>
        )}
        {!issuing && pdf && (onIssue || note) && (
          <Text size="sm" c="dimmed">
            {onIssue ? text.draftNote : note}
          </Text>
        )}
        {issuing && onIssue ? (
          <IssueForm
            defaultTitle={issueDefaultTitle}
            onIssue={onIssue}
            onIssued={() => setIssuing(false)}
            onBack={() => setIssuing(false)}
          />
        ) : (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {pages ? text.pages(pages) : ''}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                disabled={!url || busy === 'print'}
                loading={busy === 'save'}
                onClick={save}
              >
                {text.save}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                disabled={!url || busy === 'save'}
                loading={busy === 'print'}
                onClick={print}
              >
                {text.print}
              </Button>
              {onIssue && (
                <Button leftSection={<IconFileCheck size={16} />} disabled={!pdf} onClick={() => setIssuing(true)}>
                  {text.issue}
                </Button>
              )}
              <Button variant="subtle" onClick={close}>
                {text.close}
              </Button>
            </Group>
          </Group>
        )}
        <Box h="72vh" style={{ border: '1px solid var(--mantine-color-gray-4)' }}>
          {loading || (!url && !error) ? (
            <Center h="100%">
              <Stack align="center" gap="xs">
                <Loader />
                <Text size="sm">{text.loading}</Text>
              </Stack>
            </Center>
          ) : url ? (
            <iframe ref={frame} src={url} title={text.frame} style={{ width: '100%', height: '100%', border: 0 }} />
          ) : null}
        </Box>
      </Stack>
    </Modal>
  );
}

import { Box, Text } from '@mantine/core';
import { CERTIFICATE_FIELD_SAMPLES } from '@shared/domain/certificates';

import { fieldLabel, layoutOf, type LayoutValues, sheetOf } from './layout-form';
import { certificatesText as text } from './text';

interface Props {
  values: LayoutValues;
  /** A data: URL of the blank's picture (the CSP allows data: and blob: images), or null. */
  imageUrl: string | null;
}

const MM_PER_PT = 25.4 / 72;
const percent = (part: number, whole: number) => `${whole > 0 ? (part / whole) * 100 : 0}%`;

/**
 * The sheet drawn to scale: the picture of the blank when there is one, each field's box with sample
 * text at its size (font sizes in container widths, so the drawing scales as one piece).
 */
export function LayoutPreview({ values, imageUrl }: Props) {
  const layout = layoutOf(values);
  const sheet = sheetOf(values);
  const valid = sheet.widthMm > 0 && sheet.heightMm > 0;
  return (
    <Box>
      <Text size="sm" fw={600}>
        {text.previewTitle}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {text.previewHint}
      </Text>
      <Box
        component="figure"
        aria-label={text.previewAlt(values.name)}
        data-testid="certificate-preview"
        m={0}
        style={{
          position: 'relative',
          width: '100%',
          aspectRatio: valid ? `${sheet.widthMm} / ${sheet.heightMm}` : '297 / 210',
          containerType: 'inline-size',
          border: '1px solid var(--mantine-color-gray-5)',
          background: 'white',
          overflow: 'hidden',
        }}
      >
        {imageUrl && (
          <img
            src={imageUrl}
            alt=""
            style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'fill', opacity: 0.85 }}
          />
        )}
        {layout.fields.map((field) => {
          const sample = field.prefix ? `${field.prefix} ${CERTIFICATE_FIELD_SAMPLES[field.key]}` : CERTIFICATE_FIELD_SAMPLES[field.key];
          return (
            <div
              key={field.key}
              title={fieldLabel(field.key)}
              data-field={field.key}
              style={{
                position: 'absolute',
                left: percent(field.xMm, sheet.widthMm),
                top: percent(field.yMm, sheet.heightMm),
                width: percent(field.widthMm, sheet.widthMm),
                height: percent(field.heightMm, sheet.heightMm),
                outline: '1px dashed var(--mantine-color-blue-7)',
                background: 'rgba(34, 139, 230, 0.08)',
                overflow: 'hidden',
                fontFamily: "'Times New Roman', Tinos, 'Liberation Serif', serif",
                fontSize: `${sheet.widthMm > 0 ? ((field.fontSize * MM_PER_PT) / sheet.widthMm) * 100 : 0}cqw`,
                lineHeight: 1.15,
                fontWeight: field.bold ? 700 : 400,
                fontStyle: field.italics ? 'italic' : 'normal',
                textAlign: field.align,
                color: '#111',
              }}
            >
              {sample}
            </div>
          );
        })}
      </Box>
    </Box>
  );
}

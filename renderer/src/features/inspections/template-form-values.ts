import type { FormErrors } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { ChecklistTemplate } from '@shared/domain/inspections';
import { normalizeText } from '@shared/text/fold';

import { inspectionsText } from './text';

export interface TemplateItemValues {
  itemId: number;
  required: boolean;
  /** As NumberInput gives it: '' for no points. */
  maxPoints: number | string;
}

export interface BandValues {
  label: string;
  minPoints: number | string;
  key: string;
}

export interface TemplateFormValues {
  title: string;
  items: TemplateItemValues[];
  bands: BandValues[];
}

const { errors, templateEditor } = inspectionsText;

let nextKey = 0;
export function bandRow(label = '', minPoints: number | string = ''): BandValues {
  nextKey += 1;
  return { label, minPoints, key: `b${nextKey}` };
}

export function templateValues(template: ChecklistTemplate): TemplateFormValues {
  return {
    title: template.title,
    items: template.sections.flatMap((section) =>
      section.items.map((item) => ({ itemId: item.id, required: item.required, maxPoints: item.maxPoints ?? '' })),
    ),
    bands: template.bands.map((band) => bandRow(band.label, band.minPoints)),
  };
}

const points = (value: number | string) => (value === '' ? null : Number(value));

export function toTemplateInput(template: ChecklistTemplate, values: TemplateFormValues): InputOf<'inspections.updateTemplate'> {
  return {
    id: template.id,
    version: template.version,
    title: values.title,
    items: values.items.map((item) => ({ itemId: item.itemId, required: item.required, maxPoints: points(item.maxPoints) })),
    bands: values.bands.map((band) => ({ label: band.label, minPoints: Number(band.minPoints) })),
  };
}

const outOfRange = (value: number | string) => {
  const number = Number(value);
  return typeof value === 'string' && value.trim() === '' ? true : !Number.isFinite(number) || number < 0 || number > 1000;
};

/** The service's checks before sending: a title, points 0-1000, bands named once with distinct minima. */
export function validateTemplate(values: TemplateFormValues): FormErrors {
  const result: FormErrors = {};
  const title = normalizeText(values.title);
  if (title === '') result.title = errors.required(templateEditor.name);
  else if (title.length > 500) result.title = errors.tooLong(templateEditor.name, 500);
  values.items.forEach((item, index) => {
    if (item.maxPoints !== '' && outOfRange(item.maxPoints)) result[`items.${index}.maxPoints`] = errors.maxPoints;
  });
  const labels = new Set<string>();
  const minima = new Set<number>();
  values.bands.forEach((band, index) => {
    const label = normalizeText(band.label);
    if (label === '') result[`bands.${index}.label`] = errors.required(templateEditor.bandLabel);
    else if (label.length > 100) result[`bands.${index}.label`] = errors.tooLong(templateEditor.bandLabel, 100);
    else if (labels.has(label.toLocaleLowerCase('vi'))) result[`bands.${index}.label`] = errors.bandTwice;
    labels.add(label.toLocaleLowerCase('vi'));
    if (outOfRange(band.minPoints)) result[`bands.${index}.minPoints`] = errors.minPoints;
    else if (minima.has(Number(band.minPoints))) result[`bands.${index}.minPoints`] = errors.bandTwice;
    minima.add(Number(band.minPoints));
  });
  return result;
}

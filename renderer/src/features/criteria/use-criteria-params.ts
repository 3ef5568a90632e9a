import { useScreenParams } from '../../app/screen-params';

/** The year the screen opens on: last year, the latest one whose results are usually complete. */
export function defaultYear(): number {
  return new Date().getFullYear() - 1;
}

function positiveInt(value: string | null): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}

/** What the criteria screen enters: the year's criteria, past recognitions, or the ethnic-minority-area flags. */
export const CRITERIA_TABS = ['criteria', 'recognitions', 'ethnic'] as const;
export type CriteriaTab = (typeof CRITERIA_TABS)[number];

/** District, year and tab live in the URL (?district=12&year=2024&tab=recognitions) so a reload or a link keeps them. */
export function useCriteriaParams() {
  const [params, setParams] = useScreenParams();
  const districtId = positiveInt(params.get('district'));
  const year = positiveInt(params.get('year')) ?? defaultYear();
  const tab = CRITERIA_TABS.find((candidate) => candidate === params.get('tab')) ?? 'criteria';
  const update = (key: 'district' | 'year' | 'tab', value: number | string | null) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(key);
      else next.set(key, String(value));
      return next;
    });
  };
  return {
    districtId,
    year,
    setDistrict: (id: number | null) => update('district', id),
    setYear: (value: number) => update('year', value),
    tab,
    setTab: (value: CriteriaTab) => update('tab', value === 'criteria' ? null : value),
  };
}

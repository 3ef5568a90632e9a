import { useSearchParams } from 'react-router';

/** The year the screen opens on: last year, the latest one whose results are usually complete. */
export function defaultYear(): number {
  return new Date().getFullYear() - 1;
}

function positiveInt(value: string | null): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}

/** District and year live in the URL (?district=12&year=2024) so a reload or a link keeps them. */
export function useCriteriaParams() {
  const [params, setParams] = useSearchParams();
  const districtId = positiveInt(params.get('district'));
  const year = positiveInt(params.get('year')) ?? defaultYear();
  const update = (key: 'district' | 'year', value: number | null) => {
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
  };
}

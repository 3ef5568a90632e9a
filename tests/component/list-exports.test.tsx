import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AgenciesPage } from '../../renderer/src/features/agencies/AgenciesPage';
import { CriteriaSetsPage } from '../../renderer/src/features/criteria-sets/CriteriaSetsPage';
import { DocumentsPage } from '../../renderer/src/features/documents';
import { InspectionsPage } from '../../renderer/src/features/inspections/InspectionsPage';
import { MovementsPage } from '../../renderer/src/features/movements/MovementsPage';
import { NominationsPage } from '../../renderer/src/features/nominations/NominationsPage';
import { PEOPLE_PAGE, PeoplePage } from '../../renderer/src/features/people/PeoplePage';
import { RollUpPage } from '../../renderer/src/features/unit-history/RollUpPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

const FILE = { fileName: 'Danh sách.xlsx', base64: btoa('PK\u0003\u0004') };
let downloads: string[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = () => 'blob:test/1';
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  resetBackend();
});

/** Renders a screen with empty lists, clicks "Xuất Excel" and answers what exports.list was asked. */
async function exportFrom(ui: ReactElement, route = '/', before?: (user: ReturnType<typeof userEvent.setup>) => Promise<void>) {
  const calls = fakeBackend({
    'movements.list': () => [],
    'people.list': () => [],
    'documents.list': () => ({ rows: [], total: 0, years: [], types: [] }),
    'inspections.list': () => [],
    'rounds.list': () => [],
    'criteria.sets': () => [],
    'agencies.list': () => [],
    'recognitions.list': () => ({ rows: [], total: 0, recognised: 0, groups: { rows: [], total: 0 } }),
    'exports.list': () => FILE,
  });
  const user = userEvent.setup();
  renderInApp(
    <Routes>
      <Route path="*" element={ui} />
    </Routes>,
    route,
  );
  if (before) await before(user);
  await user.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
  await waitFor(() => expect(downloads).toEqual(['Danh sách.xlsx']));
  return calls.filter((c) => c.channel === 'exports.list').map((c) => c.input);
}

describe('"Xuất Excel" on each list screen asks exports.list for that list with the filters shown', () => {
  it.each([
    ['movements', () => <MovementsPage />],
    ['criteriaSets', () => <CriteriaSetsPage />],
    ['agencies', () => <AgenciesPage />],
  ] as const)('%s (no filters)', async (list, ui) => {
    expect(await exportFrom(ui())).toEqual([{ list, filters: {} }]);
  });

  it('the people directory with the search typed', async () => {
    const inputs = await exportFrom(<PeoplePage />, '/', async (user) => {
      await user.type(screen.getByRole('textbox', { name: 'Tìm theo họ tên' }), 'bình');
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(inputs).toEqual([{ list: 'people', filters: { query: 'bình', limit: PEOPLE_PAGE } }]);
  });

  it('inspection rounds with the year in the address', async () => {
    expect(await exportFrom(<InspectionsPage />, '/?year=2025')).toEqual([{ list: 'inspections', filters: { year: 2025 } }]);
  });

  it('nomination rounds of every year', async () => {
    expect(await exportFrom(<NominationsPage />, '/?year=all')).toEqual([{ list: 'nominationRounds', filters: {} }]);
  });

  it('recognitions rolled up with the year and date in the address', async () => {
    expect(await exportFrom(<RollUpPage />, '/?year=2022&asOf=2025-12-31')).toEqual([
      { list: 'recognitions', filters: { year: 2022, rollUpAsOf: '2025-12-31', kind: 'commune' } },
    ]);
  });

  it('the document register with no filter chosen', async () => {
    expect(await exportFrom(<DocumentsPage />)).toEqual([{ list: 'documents', filters: {} }]);
  });
});

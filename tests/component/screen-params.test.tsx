import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ReactElement } from 'react';
import { createMemoryRouter, Link, type RouteObject, RouterProvider, useRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { LivePathContext, useScreenParams } from '../../renderer/src/app/screen-params';

// A list screen whose search reaches the address from a timer (a debounced search box): `writeLater` is that timer.
let writeLater: () => void = () => undefined;
function ListScreen() {
  const [params, setParams] = useScreenParams();
  writeLater = () => setParams({ q: 'kien toan' }, { replace: true });
  return (
    <>
      <h2>Danh sách {params.get('q') ?? ''}</h2>
      <Link to="/visit">Mở lần kiểm tra</Link>
    </>
  );
}

/**
 * The app's wiring (App.tsx, Shell.tsx): a data router, whose navigations are React transitions, with one
 * route around a frame that renders the screens with useRoutes, and the router's live path.
 */
function renderRouter(visit: Promise<{ default: () => ReactElement }>) {
  const Visit = lazy(() => visit);
  const screens: RouteObject[] = [
    { path: '/list', element: <ListScreen /> },
    { path: '/visit', element: <Visit /> },
  ];
  function Frame() {
    return useRoutes(screens);
  }
  const router = createMemoryRouter([{ path: '*', element: <Frame /> }], { initialEntries: ['/list'] });
  render(
    <LivePathContext.Provider value={() => router.state.location.pathname}>
      <RouterProvider router={router} />
    </LivePathContext.Provider>,
  );
  return router;
}

const visitScreen = { default: () => <h2>Kiểm tra tại Xã Chư Hreng</h2> };

describe('a screen’s query in the address', () => {
  it('is written while the screen is the one in the address', async () => {
    const router = renderRouter(Promise.resolve(visitScreen));
    expect(await screen.findByRole('heading', { name: 'Danh sách' })).toBeInTheDocument();
    act(() => writeLater());
    expect(await screen.findByRole('heading', { name: 'Danh sách kien toan' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=kien+toan');
  });

  it('is not written by the screen left while the next one is still coming in: the link followed wins', async () => {
    let arrive: (module: typeof visitScreen) => void = () => undefined;
    const router = renderRouter(new Promise((resolve) => (arrive = resolve)));
    expect(await screen.findByRole('heading', { name: 'Danh sách' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Mở lần kiểm tra' }));
    // The router is at the visit; React still shows the list (the visit's code is loading) and its timers run.
    expect(router.state.location.pathname).toBe('/visit');
    expect(screen.getByRole('heading', { name: 'Danh sách' })).toBeInTheDocument();
    act(() => writeLater());
    expect(router.state.location.pathname).toBe('/visit');
    await act(async () => arrive(visitScreen));
    expect(await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Chư Hreng' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/visit');
  });
});

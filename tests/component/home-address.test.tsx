import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from '../../renderer/src/app/App';
import { fakeBackend, resetBackend } from '../support/render';

afterEach(() => {
  resetBackend();
  window.history.replaceState(null, '', '/');
});

// The database's answer is held back: the app is still starting, nothing but the loader is shown.
function startWithoutAnswer() {
  fakeBackend({ 'setup.status': () => new Promise(() => undefined) });
  render(<App />);
}

describe('the address the app opens on', () => {
  it.each(['', '#', '#/'])('is the dashboard’s from the first render when it names no screen (%j)', async (hash) => {
    window.history.replaceState(null, '', `/?token=abc${hash}`);
    startWithoutAnswer();
    expect(await screen.findByLabelText('Đang tải...')).toBeInTheDocument();
    // Before the first screen renders: a redirect then could undo a navigation made while the app starts.
    expect(window.location.hash).toBe('#/dashboard');
    expect(window.location.search).toBe('?token=abc');
  });

  it('is kept when it names a screen, and a change while the app starts is kept too', async () => {
    window.history.replaceState(null, '', '/#/people');
    startWithoutAnswer();
    expect(await screen.findByLabelText('Đang tải...')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/people');
    window.location.hash = '#/units';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('#/units');
  });
});

// First, before any other module runs: the first screen's reads go out as soon as the app's code has
// arrived, and main computes them while the browser runs that code (start-reads.ts).
import './start-reads';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
// The theme's variables after Mantine's defaults, which they override (written from theme.ts: npm run theme:css).
import './app/theme-variables.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { preloadRoute } from './app/routes';

// The chunk of the screen in the address loads beside React's first render, not after it.
void preloadRoute(window.location.hash.slice(1).split('?')[0] || '/');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

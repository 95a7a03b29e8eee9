import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadCurrentPage, startSession } from './App';
import { registerServiceWorker } from './offline';
import './styles.css';

// On a slow connection every round trip counts: the sign-in request and the current page's
// chunk start now, in parallel with the language's catalogue, not one after the other.
const start = startSession();
preloadCurrentPage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App start={start} />
  </StrictMode>,
);
registerServiceWorker();

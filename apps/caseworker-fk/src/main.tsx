import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';

// Standalone development: the agency team runs its remote without the shell, against the gateway
// through Vite's proxy. ?location=<id> picks the location, as in the shell.
const locationId = new URLSearchParams(window.location.search).get('location') ?? 'demo';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <main>
      <h1>Mötesplats – Försäkringskassan (fristående utvecklingsläge)</h1>
      <App trpcUrl="/trpc" locationId={locationId} />
    </main>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandaloneRemote } from '@motesplats/caseworker-kit';
import App from './App';

// Standalone development only: the shell loads ./App through Module Federation and never runs
// this file.
const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <StandaloneRemote App={App} title="Statistik" />
  </StrictMode>,
);

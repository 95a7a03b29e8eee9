import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { RUNTIME_CONFIG_PROBLEMS } from './config';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    {RUNTIME_CONFIG_PROBLEMS.length > 0 ? (
      // A deployment mistake: say so rather than talk to the wrong gateway.
      <main id="main">
        <p role="alert" className="error-text">
          Mötesplats kan inte starta: runtime-config.js är felaktig (
          {RUNTIME_CONFIG_PROBLEMS.join('; ')}).
        </p>
      </main>
    ) : (
      <App />
    )}
  </StrictMode>,
);

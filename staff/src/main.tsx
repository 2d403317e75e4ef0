import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';
import './app.css';

// zod compiles fast parsers with `new Function` when it may; `script-src 'self'` (no 'unsafe-eval')
// refuses that, and even zod's probe for it would be reported as a CSP violation.
z.config({ jitless: true });

// The page's CSP allows <style> elements only with this request's nonce (see
// src/http/staff-page-routes.ts): Griffel and Fluent's theme provider add theirs with it.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
const renderer = createDOMRenderer(document, { styleElementAttributes: { nonce } });
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App />
    </RendererProvider>
  </StrictMode>,
);

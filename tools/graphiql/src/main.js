import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { examples } from './examples.js';

// A plain fetch keeps the bundle small; the Headers tab adds Authorization: Bearer <token>.
const fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('root')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples.map(({ query, variables, headers }) => ({ query, variables, headers })),
    defaultEditorToolsVisibility: true,
  }),
);

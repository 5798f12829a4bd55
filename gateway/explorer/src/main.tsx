import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CallerBar } from './caller-bar.js';
import { createFetcher, type Caller } from './fetcher.js';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './explorer.css';

/** The operations of ../operations, one per tab; build.ts inlines them. */
declare const EXAMPLE_OPERATIONS: string[];

const CALLER_KEY = 'pas-explorer:caller';
const endpoint = document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]')?.content ?? '/graphql';
// Constant: GraphiQL resets the visible plugin whenever it is given a new plugins array.
const plugins = [explorerPlugin()];
const exampleTabs = EXAMPLE_OPERATIONS.map((query) => ({ query }));

function storedCaller(): Caller {
  const stored = JSON.parse(localStorage.getItem(CALLER_KEY) ?? '{}') as Partial<Caller>;
  return { token: stored.token ?? '', purpose: stored.purpose ?? '' };
}

function ExplorerPage() {
  const [caller, setCaller] = useState(storedCaller);
  const callerRef = useRef(caller);
  const fetcher = useMemo(() => createFetcher(endpoint, () => callerRef.current), []);

  function changeCaller(next: Caller) {
    callerRef.current = next;
    localStorage.setItem(CALLER_KEY, JSON.stringify(next));
    setCaller(next);
  }

  return (
    <>
      <CallerBar caller={caller} onChange={changeCaller} />
      <main className="explorer-main">
        <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} plugins={plugins} visiblePlugin={plugins[0]} />
      </main>
    </>
  );
}

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <ExplorerPage />
  </StrictMode>,
);

// Loads one resolver's answer for a screen: loading, error (with a retry) or ready, never a thrown promise.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  RequestOf,
  ResolverError,
  ResolverKey,
  ResponseOf,
} from '../../contract/resolver-contract';
import { callResolver } from './resolver-client';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ResolverError }
  | { status: 'ready'; data: T };

export interface ResolverQuery<T> {
  state: QueryState<T>;
  /** Loads again (the retry of an error state, or a refresh after a change). */
  reload: () => void;
  /** Replaces the data with a resolver's newer answer (e.g. after a link), without a round trip. */
  setData: (data: T) => void;
}

/** `request` is compared by its JSON: a new object with the same fields does not reload. */
export function useResolverQuery<K extends ResolverKey>(
  key: K,
  request: RequestOf<K> | null,
): ResolverQuery<ResponseOf<K>> {
  const [state, setState] = useState<QueryState<ResponseOf<K>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const requestJson = request === null ? null : JSON.stringify(request);
  const latest = useRef(0);

  // The request is keyed by its JSON; a new `generation` (reload) runs the effect again.
  useEffect(() => {
    if (requestJson === null) return;
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    void callResolver(key, JSON.parse(requestJson) as RequestOf<K>).then((result) => {
      // An older answer that arrives after a newer request is dropped.
      if (ticket !== latest.current) return;
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'error', error: result.error },
      );
    });
  }, [key, requestJson, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setData = useCallback((data: ResponseOf<K>) => {
    latest.current += 1;
    setState({ status: 'ready', data });
  }, []);
  return { state, reload, setData };
}

import { useEffect, useState } from 'react';

/** The state of a one-off API read. */
export interface ApiQueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  isPending: boolean;
}

/** Runs `load` when the component mounts (and when `key` changes) for reads that are not react-admin resources. */
export function useApiQuery<T>(load: () => Promise<T>, key = ''): ApiQueryState<T> {
  const [state, setState] = useState<ApiQueryState<T>>({ data: undefined, error: undefined, isPending: true });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, isPending: true }));
    load().then(
      (data) => current && setState({ data, error: undefined, isPending: false }),
      (error: Error) => current && setState({ data: undefined, error, isPending: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure on every render; `key` says when the read really changes.
  }, [key]);
  return state;
}

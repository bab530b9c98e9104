import { useEffect, useEffectEvent, useState } from 'react';

/** The state of a one-off API read. */
export interface ApiQueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  isPending: boolean;
}

/** Runs `load` when the component mounts (and when `key` changes) for reads that are not react-admin resources. */
export function useApiQuery<T>(load: () => Promise<T>, key = ''): ApiQueryState<T> {
  // The last answer and the key it answered; while it answers an older key, the read is pending (and keeps its data).
  const [settled, setSettled] = useState<{ key: string; data: T | undefined; error: Error | undefined }>();
  // `load` is a new closure on every render; `key` says when the read really changes.
  const read = useEffectEvent(load);
  useEffect(() => {
    let current = true;
    read().then(
      (data) => current && setSettled({ key, data, error: undefined }),
      (error: Error) => current && setSettled({ key, data: undefined, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return { data: settled?.data, error: settled?.error, isPending: settled?.key !== key };
}

import { useApiHolder } from '@backstage/frontend-plugin-api';
import {
  TREND_WINDOW,
  type ProcessMaturity,
  type TrendPoint,
} from '@csip-coach/plugin-csip-common';
import { useCallback, useEffect, useState } from 'react';
import { csipApiRef } from '../../api';

/** A process's trend with the older points loaded so far. @internal */
export type OlderTrend = {
  /** The older points loaded so far, then the maturity view's latest ones. */
  trend: TrendPoint[];
  /** How many points the trend has in all. */
  total: number;
  /** Loads the points before the oldest one shown; absent when there are none. */
  loadOlder?: () => void;
  loading: boolean;
  error?: Error;
};

/**
 * The trend of one process as the maturity view gives it (its latest
 * points) and, a page at a time on request, the points before them from
 * `GET /programmes/:id/maturity/trend`. A new maturity view starts over.
 *
 * @internal
 */
export function useOlderTrend(
  programmeId: string | undefined,
  maturity: Pick<ProcessMaturity, 'process' | 'trend' | 'trendTotal'>,
): OlderTrend {
  // Optional: a card shown without the API (or a programme) shows the
  // latest points only.
  const csipApi = useApiHolder().get(csipApiRef);
  const [older, setOlder] = useState<TrendPoint[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const { process, trend: latest, trendTotal } = maturity;
  useEffect(() => {
    setOlder([]);
    setError(undefined);
  }, [process, latest, trendTotal]);
  const trend = [...older, ...latest];
  const cursor = trend[0]?.reviewId;
  const load = useCallback(async () => {
    if (!programmeId || !csipApi) return;
    setLoading(true);
    setError(undefined);
    try {
      const page = await csipApi.getMaturityTrend(programmeId, {
        process,
        cursor,
        limit: TREND_WINDOW,
      });
      setOlder(points => [...page.items, ...points]);
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, [csipApi, programmeId, process, cursor]);
  return {
    trend,
    total: trendTotal,
    ...(programmeId &&
      csipApi &&
      cursor &&
      trend.length < trendTotal && { loadOlder: () => void load() }),
    loading,
    error,
  };
}

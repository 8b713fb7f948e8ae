import { useApiHolder } from '@backstage/frontend-plugin-api';
import {
  DEFAULT_TONE_CONFIG,
  preloadToneModel,
  type ToneConfig,
} from '@csip-coach/plugin-csip-common';
import { useEffect, useState } from 'react';
import { csipApiRef, type CsipApi } from '../../../api';

/** One request per API instance, shared by every field of every editor. */
const loaded = new WeakMap<CsipApi, Promise<ToneConfig>>();

function load(api: CsipApi): Promise<ToneConfig> {
  let promise = loaded.get(api);
  if (!promise) {
    promise = Promise.resolve()
      .then(() => api.getToneConfig())
      .catch(() => DEFAULT_TONE_CONFIG);
    loaded.set(api, promise);
  }
  return promise;
}

const settled = new WeakMap<CsipApi, ToneConfig>();

/**
 * The portal's `csip.tone` additions (extra phrases, allow-listed terms),
 * fetched once from `GET /tone/config` — the same options the backend's
 * `POST /tone/check` and publishing use, so the editor and the server give
 * identical findings. Until they arrive, or where the API is missing (as in
 * some tests) or fails, the built-in guide alone applies. Also loads the
 * language model early, so the first keystroke does not pay for it.
 *
 * @internal
 */
export function useToneOptions(): ToneConfig {
  const api = useApiHolder().get(csipApiRef);
  const [config, setConfig] = useState<ToneConfig>(
    () => (api && settled.get(api)) ?? DEFAULT_TONE_CONFIG,
  );
  useEffect(() => {
    if (!api) return undefined;
    let live = true;
    void load(api).then(value => {
      settled.set(api, value);
      if (live) setConfig(value);
    });
    preloadToneModel();
    return () => {
      live = false;
    };
  }, [api]);
  return config;
}

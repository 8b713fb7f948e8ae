// HTTP load for the bench: autocannon's programmatic API when it is
// installed (root devDependency), else a small keep-alive load loop with the
// same figures (requests per second, p50, p99 latency in ms). `loadTool`
// says which one ran.
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let autocannon;
try {
  autocannon = require('autocannon');
} catch {
  autocannon = undefined;
}

/** `autocannon` or `node:http loop`. */
export const loadTool = autocannon ? 'autocannon' : 'node:http loop';

/**
 * `connections` concurrent GETs of `url` for `seconds`; resolves to
 * `{ requests, rps, p50Ms, p99Ms, meanMs, errors, non2xx }`.
 */
export async function load({ url, headers = {}, connections = 10, seconds }) {
  if (autocannon) {
    const result = await autocannon({
      url,
      headers,
      connections,
      duration: seconds,
    });
    return {
      requests: result.requests.total,
      rps: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      meanMs: result.latency.average,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    };
  }
  return loop({ url, headers, connections, seconds });
}

function get(url, headers, agent) {
  return new Promise(resolve => {
    const req = request(url, { headers, agent }, res => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function loop({ url, headers, connections, seconds }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const status = await get(url, headers, agent);
        latencies.push(performance.now() - t0);
        if (status === 0) errors++;
        else if (status < 200 || status > 299) non2xx++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    meanMs: latencies.reduce((s, x) => s + x, 0) / (latencies.length || 1),
    errors,
    non2xx,
  };
}

/** The `p`th percentile of an ascending list (nearest rank). */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

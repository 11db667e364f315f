// A child process (so it does not share the server's event loop): `connections` keep-alive
// connections each POST one body after another until `durationMs` or `maxRequests` is reached.
import http from 'node:http';

function post({ agent, url, headers, body }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ ok: response.statusCode === 200, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    request.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    request.end(body);
  });
}

process.once('message', async ({ url, token, bodies, connections, durationMs, maxRequests }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const payloads = bodies.map((body) => JSON.stringify(body));
  const latencies = [];
  let failed = 0;
  let sent = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(durationMs) * 1_000_000n;
  async function connection(offset) {
    for (let i = offset; process.hrtime.bigint() < deadline && sent < maxRequests; i += connections) {
      sent += 1;
      const { ok, ms } = await post({ agent, url, headers, body: payloads[i % payloads.length] });
      if (ok) latencies.push(ms);
      else failed += 1;
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, offset) => connection(offset)));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  process.send({ latencies, failed, elapsedMs }, () => process.exit(0));
});

// The child process `startBenchApiProcess` forks: it boots the bench API and answers its parent's
// questions over IPC until told to close.
import { bootBenchApi } from './boot-bench-api.mjs';
import { forgetTenant } from './measures/with-api.mjs';

let api;
const answers = {
  memory: ({ collect }) => {
    if (collect) globalThis.gc();
    return process.memoryUsage();
  },
  forget: ({ tenantId }) => forgetTenant({ api, tenantId }),
};

process.on('message', async (message) => {
  if (message.type === 'boot') {
    try {
      api = await bootBenchApi({ databaseUrl: message.databaseUrl, env: message.env });
      process.send({ type: 'listening', baseUrl: api.baseUrl, platformToken: api.platformToken });
    } catch (error) {
      process.send({ type: 'failed', error: String(error?.stack ?? error) }, () => process.exit(1));
    }
  } else if (message.type === 'close') {
    await api?.close();
    process.exit(0);
  } else {
    process.send({ type: 'answer', id: message.id, value: answers[message.type](message) ?? null });
  }
});

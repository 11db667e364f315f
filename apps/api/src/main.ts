import { readAppConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { seedDemoData } from './demo/seed-demo-data.js';

const config = readAppConfig({ env: process.env });
const app = await createApp({ config });
if (config.demoData) await seedDemoData({ app });
await app.listen(config.port);
console.log(`Loome Roles API listening on http://localhost:${config.port} (docs: /api/docs, tRPC: /trpc)`);

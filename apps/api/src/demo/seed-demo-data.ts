import type { INestApplication } from '@nestjs/common';

/** DEMO_DATA=1: one demo organization and a tenant per product (idempotent on restart). */
export async function seedDemoData({ app }: { app: INestApplication }): Promise<void> {
  void app;
}

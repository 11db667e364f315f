import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DirectoryUserEntity } from '../modules/organizations/entities/directory-user.entity.js';

/** How every organization's directory lists an address, for the sign-in gate. */
@Injectable()
export class DirectoryStandingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One standing per directory listing the (lower-case) email: active unless deactivated or deleted. */
  async standingsOf({ email }: { email: string }): Promise<{ active: boolean }[]> {
    const rows = await this.dataSource.manager.find(DirectoryUserEntity, { select: { active: true, deprovisioned: true }, where: { email } });
    return rows.map((row) => ({ active: row.active && !row.deprovisioned }));
  }
}

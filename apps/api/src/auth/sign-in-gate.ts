import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { maySignIn } from '@loome/roles-core';
import { DataSource } from 'typeorm';
import { signInRefused } from './oidc/sign-in-refusal.js';
import { DirectoryUserEntity } from '../modules/organizations/entities/directory-user.entity.js';

/**
 * Production, "Directory provisioning": the check every sign-in path makes before it creates a
 * session (dev sign-in now, OpenID Connect alike). A user whom every directory listing them has
 * deactivated or deleted signs in nowhere; the rule itself is roles-core's `maySignIn`.
 */
@Injectable()
export class SignInGate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertMaySignIn({ email }: { email: string }): Promise<void> {
    const rows = await this.dataSource.manager.find(DirectoryUserEntity, { select: { active: true, deprovisioned: true }, where: { email: email.toLowerCase() } });
    const standings = rows.map((row) => ({ active: row.active && !row.deprovisioned }));
    if (!maySignIn({ standings })) {
      throw signInRefused({ reason: 'DIRECTORY_INACTIVE', detail: "Your organization's directory has deactivated this account: ask your administrator to reactivate it" });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { maySignIn } from '@loome/roles-core';
import { DirectoryStandingsRepository } from './directory-standings.repository.js';
import { signInRefused } from './oidc/sign-in-refusal.js';

/**
 * Production, "Directory provisioning": the check every sign-in path makes before it creates a
 * session (dev sign-in now, OpenID Connect alike). A user whom every directory listing them has
 * deactivated or deleted signs in nowhere; the rule itself is roles-core's `maySignIn`.
 */
@Injectable()
export class SignInGate {
  constructor(private readonly directory: DirectoryStandingsRepository) {}

  async assertMaySignIn({ email }: { email: string }): Promise<void> {
    const standings = await this.directory.standingsOf({ email: email.toLowerCase() });
    if (!maySignIn({ standings })) {
      throw signInRefused({
        reason: 'DIRECTORY_INACTIVE',
        detail: "Your organization's directory has deactivated this account: ask your administrator to reactivate it",
      });
    }
  }
}

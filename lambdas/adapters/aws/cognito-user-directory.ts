/** The user pool as a UserDirectory (account hygiene). Sign-in events need the pool's threat protection. */
import {
  AdminDisableUserCommand,
  AdminListUserAuthEventsCommand,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DirectoryUser, SignInEvent, UserDirectory } from '../../query/account-hygiene.js';

export class CognitoUserDirectory implements UserDirectory {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async *users(): AsyncIterable<DirectoryUser> {
    let token: string | undefined;
    do {
      const r = await this.client.send(new ListUsersCommand({ UserPoolId: this.userPoolId, ...(token ? { PaginationToken: token } : {}) }));
      for (const u of r.Users ?? []) {
        const attr = (n: string) => u.Attributes?.find((a) => a.Name === n)?.Value;
        yield {
          username: u.Username!,
          sub: attr('sub') ?? u.Username!,
          tenantId: attr('custom:tenantId'),
          enabled: u.Enabled ?? true,
          createdAt: u.UserCreateDate?.getTime() ?? 0,
        };
      }
      token = r.PaginationToken;
    } while (token);
  }

  async signIns(username: string, sinceMs: number): Promise<SignInEvent[]> {
    const out: SignInEvent[] = [];
    let token: string | undefined;
    do {
      const r = await this.client.send(
        new AdminListUserAuthEventsCommand({ UserPoolId: this.userPoolId, Username: username, MaxResults: 60, ...(token ? { NextToken: token } : {}) }),
      );
      for (const e of r.AuthEvents ?? []) {
        if (e.EventType !== 'SignIn') continue;
        const at = e.CreationDate?.getTime() ?? 0;
        if (at < sinceMs) return out;
        out.push({ at, country: e.EventContextData?.Country, success: e.EventResponse === 'Pass' });
      }
      token = r.NextToken;
    } while (token);
    return out;
  }

  async disable(username: string): Promise<void> {
    await this.client.send(new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: username }));
  }
}

// A user's own contact phone. Other users see it only where a domain reveals contacts (messaging,
// once a booking is confirmed); the account's owner sets and clears it here.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase, type TenantTransaction, UnauthenticatedError } from '@quartier/platform';
import { normalizePhone } from './phone-number.js';
import { type UserAccount, UserAccountsService } from './user-accounts.service.js';

@Injectable()
export class UserContactService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: UserAccountsService,
    private readonly clock: Clock,
  ) {}

  /** Sets the caller's phone (validated, stored in E.164); null or blank clears it. */
  updateMyContact(ctx: RequestContext, input: { phone: string | null }): Promise<UserAccount> {
    const userId = ctx.userId;
    if (!userId) throw new UnauthenticatedError();
    return this.db.run(ctx, async (tx) => {
      const phone = input.phone?.trim() ? normalizePhone(input.phone, await siteCountryIn(tx)) : null;
      await tx.query(`update users set phone = $3, updated_at = $4 where tenant_id = $1 and id = $2`, [tx.tenantId, userId, phone, this.clock.now()]);
      return this.accounts.findByIdOrThrow(tx, userId);
    });
  }
}

/** The site's country: the one most of its postal codes are in, or null before any place is imported. */
async function siteCountryIn(tx: TenantTransaction): Promise<string | null> {
  const [row] = await tx.query<{ country_code: string }>(
    `select country_code from postal_codes where tenant_id = $1 group by country_code order by count(*) desc, country_code limit 1`,
    [tx.tenantId],
  );
  return row?.country_code ?? null;
}

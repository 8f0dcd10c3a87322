// Why a Stripe webhook delivery is refused. Stripe retries refused deliveries for days, so a site
// that connects its account late still receives them.
import { NotFoundError, ValidationError } from '@quartier/platform';

/** The delivery is not provably from Stripe for this site: nothing is written. */
export class StripeSignatureError extends ValidationError {
  constructor(message: string) {
    super('Stripe-Signature', message);
  }
}

export class StripeNotConnectedError extends NotFoundError {
  constructor() {
    super('Stripe account');
    this.message = 'This site has no Stripe account connected';
  }
}

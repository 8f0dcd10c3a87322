// How a channel adapter says a send did not work. A permanent failure (an address that does not
// exist, a number that cannot receive SMS) is recorded and never retried; anything else is retried
// with backoff until the delivery's attempts run out.
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The provider's own code (an SMTP reply code, an SMS API error code, an HTTP status). */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }

  static permanent(message: string, code: string | null = null): DeliveryFailure {
    return new DeliveryFailure(message, true, code);
  }

  static temporary(message: string, code: string | null = null): DeliveryFailure {
    return new DeliveryFailure(message, false, code);
  }
}

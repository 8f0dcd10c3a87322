// The customer site's texts: one typed catalog per locale the platform offers (de in Swiss usage, so
// "ss" and no "ß"; fr; it; en). A missing or extra key in any catalog fails the type check.
import type { RequestStatus } from '../graphql/generated/graphql';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { it } from './messages/it';

export interface Messages {
  skipToContent: string;
  language: string;
  /** Shown before the site is known: its host serves no site, or the site is suspended. */
  siteUnavailable: string;
  siteUnreachable: string;
  heroTitle: string;
  heroLead(site: string): string;
  service: string;
  chooseService: string;
  postalCode: string;
  postalCodeHint: string;
  search: string;
  loadingServices: string;
  servicesFailed: string;
  searching: string;
  searchFailed: string;
  resultsTitle(count: number, service: string, postalCode: string): string;
  noResults(service: string, postalCode: string): string;
  noResultsHint: string;
  sortBy: string;
  sort: Record<SortKey, string>;
  filters: {
    title: string;
    available: string;
    anyTime: string;
    within: Record<WithinKey, string>;
    minRating: string;
    anyRating: string;
    atLeast(stars: string): string;
    maxPrice(currency: string): string;
    maxPriceHint: string;
    noMatch: string;
    clear: string;
  };
  errors: {
    postalCodeRequired: string;
    postalCodeUnknown: string;
    serviceRequired: string;
    serviceUnavailable: string;
    invalid: string;
  };
  perHour(price: string): string;
  fixedPrice(price: string): string;
  onQuote: string;
  rating(stars: string): string;
  reviews(count: number): string;
  ratingSummary(stars: string, count: number): string;
  noReviews: string;
  distance(km: string): string;
  nextFreeSlot(when: string): string;
  noFreeSlot: string;
  footer(site: string, zoneName: string): string;
  notFound: string;
  backHome: string;
  account: {
    logIn: string;
    logOut: string;
    createAccount: string;
    loginTitle: string;
    signupTitle: string;
    /** Above the form when the customer came from a page that needs an account. */
    continueAfter: string;
    displayName: string;
    email: string;
    password: string;
    passwordHint: string;
    working: string;
    noAccount: string;
    haveAccount: string;
    title: string;
    yourRequests: string;
    noRequests: string;
    errors: {
      required: string;
      invalidCredentials: string;
      emailInvalid: string;
      emailTaken: string;
      passwordWeak: string;
      nameInvalid: string;
      rateLimited: string;
      failed: string;
    };
  };
  profile: {
    loading: string;
    notFound: string;
    failed: string;
    prices: string;
    nextSlots: string;
    loadingSlots: string;
    slotsFailed: string;
    bookAt(when: string): string;
    quoteOnly: string;
    reviews: string;
    loadingReviews: string;
    reviewsFailed: string;
    moreReviews: string;
  };
  booking: {
    title: string;
    loading: string;
    incomplete: string;
    helper: string;
    when: string;
    timeRange(start: string, end: string): string;
    duration: string;
    price: string;
    /** The price broken down before booking: the helper's price, the site's fee, the total. */
    priceBreakdown(subtotal: string, fee: string, total: string): string;
    payment: string;
    paymentNoteOffline: string;
    paymentNoteCard: string;
    postalCodeHint: string;
    description: string;
    confirm: string;
    booking: string;
    slotTaken: string;
    slotUnavailable: string;
    otherSlots: string;
    postalCodeRefused: string;
    noLongerOffered: string;
    failed: string;
  };
  /** Posting a request for helpers to answer (/post), and the offers it gets on its page. */
  post: {
    title: string;
    lead: string;
    link: string;
    linkHint: string;
    description: string;
    descriptionHint: string;
    windows: string;
    windowsHint: string;
    windowLegend(index: number): string;
    date: string;
    from: string;
    to: string;
    addWindow: string;
    removeWindow: string;
    budget(currency: string): string;
    budgetHint: string;
    /** A service with remote help: the customer lets a helper call first. */
    remoteFirst: string;
    remoteFirstHint: string;
    submit: string;
    submitting: string;
    loading: string;
    failed: string;
    errors: {
      description: string;
      window: string;
      windowPast: string;
      windowOrder: string;
      windowTooFar: string;
      windows: string;
      budget: string;
      service: string;
      outage: string;
      remoteFirst: string;
    };
  };
  offers: {
    title: string;
    waiting: string;
    none: string;
    loading: string;
    failed: string;
    atRate: string;
    quote: string;
    total(amount: string): string;
    when: string;
    whenHint: string;
    noStarts: string;
    choose(helper: string): string;
    choosing: string;
    decline: string;
    declineConfirm: string;
    keep: string;
    declined: string;
    taken: string;
    busy: string;
    outsideWindows: string;
    chooseFailed: string;
    yourWindows: string;
    outage(message: string): string;
  };
  /** How a booking is paid, on the request page, and its card form (Stripe Elements). */
  payment: {
    pending: string;
    onSite(amount: string): string;
    paidOnSite(amount: string): string;
    awaitingCard(amount: string): string;
    authorizing: string;
    held(amount: string, card: string): string;
    /** With one of declineReasons (a sentence ending in a full stop). */
    declined(reason: string): string;
    declinedNoReason: string;
    /**
     * The decline codes a customer can act on, in their words. Others (lost, stolen, suspected fraud, a
     * generic decline) get declinedNoReason, as card networks ask.
     */
    declineReasons: Partial<Record<'insufficient_funds' | 'expired_card' | 'incorrect_cvc' | 'processing_error' | 'authentication_required', string>>;
    charged(amount: string, card: string): string;
    released: string;
    unpaid(amount: string): string;
    card(brand: string, last4: string): string;
    someCard: string;
    formTitle: string;
    formLead(amount: string): string;
    formLoading: string;
    submit(amount: string): string;
    submitting: string;
    loadFailed: string;
    unavailable: string;
    failed: string;
  };
  request: {
    title: string;
    titleOf(service: string): string;
    loading: string;
    notFound: string;
    failed: string;
    status: Record<RequestStatus, string>;
    total: string;
    /** Remote first help: a call before any visit. */
    startsWithCall: string;
    callAt(when: string): string;
    visitNeeded: string;
    visitNote(note: string): string;
    findingVisit: string;
    /** The timeline's step when the call found a visit is needed. */
    visitNeededStep: string;
    timeline: string;
    cancelTitle: string;
    cancelNote: string;
    cancel: string;
    cancelConfirm: string;
    keep: string;
    cancelFailed: string;
  };
  messages: {
    title: string;
    titleWith(helper: string): string;
    loading: string;
    loadFailed: string;
    retry: string;
    none: string;
    you: string;
    helper: string;
    write: string;
    send: string;
    sending: string;
    empty: string;
    invalid: string;
    closed: string;
    failed: string;
  };
  review: {
    title: string;
    stars: string;
    starsRequired: string;
    text: string;
    send: string;
    sending: string;
    yours: string;
    publishedLater: string;
    textRefused: string;
    notNow: string;
    failed: string;
  };
}

export type SortKey = 'best' | 'price' | 'distance' | 'rating' | 'availability';

export const SORT_KEYS: readonly SortKey[] = ['best', 'price', 'distance', 'rating', 'availability'];

/** The availability filter's choices, as hours from now (the search looks 14 days ahead at most). */
export type WithinKey = 'day' | '3days' | 'week';
export const WITHIN_HOURS: Readonly<Record<WithinKey, number>> = { day: 24, '3days': 72, week: 168 };

export const CATALOGS = { de, fr, it, en } satisfies Record<string, Messages>;

export type Locale = keyof typeof CATALOGS;

export const LOCALES = Object.keys(CATALOGS) as Locale[];

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', fr: 'Français', it: 'Italiano', en: 'English' };

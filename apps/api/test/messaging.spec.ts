// Messaging end to end: a request's customer and the helpers who offered on it talk in one
// conversation per helper; competing helpers never see each other's; other customers, helpers
// without an offer and other sites get NOT_FOUND; operators read and cannot write. Until a helper's
// booking is confirmed, emails and phone numbers are replaced in the stored text and contacts are
// hidden; afterwards both flow, and the other helpers' conversations are closed. Helpers who
// withdrew or were declined keep reading but nobody writes to them; a message sent while the
// booking changes waits for that change and is judged by its outcome.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestService } from '@quartier/booking';
import { RequestContext, TenantDatabase } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, insertTestTenant, swissPlacesTsv, type MarketplaceTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MESSAGE = 'id requestId helperId senderId senderRole body redacted createdAt';
const CONVERSATION = `requestId helperId customerId counterpartId counterpartName unreadCount canSend contactsShared lastMessage { ${MESSAGE} }`;
const SEND = `mutation($requestId: ID!, $helperId: ID, $body: String!) { sendMessage(requestId: $requestId, helperId: $helperId, body: $body) { ${MESSAGE} } }`;
const MESSAGES = `query($requestId: ID!, $helperId: ID, $first: Int, $after: String) {
  requestMessages(requestId: $requestId, helperId: $helperId, first: $first, after: $after) { edges { cursor node { ${MESSAGE} } } pageInfo { hasNextPage endCursor } }
}`;
const THREAD = `query($requestId: ID!) { requestConversations(requestId: $requestId) { ${CONVERSATION} } }`;
const INBOX = `query($first: Int, $after: String) { myConversations(first: $first, after: $after) { edges { node { ${CONVERSATION} } } pageInfo { hasNextPage endCursor } } }`;
const MARK_READ = `mutation($requestId: ID!, $helperId: ID) { markConversationRead(requestId: $requestId, helperId: $helperId) { ${CONVERSATION} } }`;
const CONTACTS = `query($requestId: ID!) { requestContacts(requestId: $requestId) { userId displayName email phone } }`;
const UPDATE_CONTACT = `mutation($phone: String) { updateMyContact(phone: $phone) { id phone } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Message = { id: string; requestId: string; helperId: string; senderId: string; senderRole: string; body: string; redacted: boolean };
type Conversation = { requestId: string; helperId: string; counterpartId: string; counterpartName: string; unreadCount: number; canSend: boolean; contactsShared: boolean; lastMessage: Message | null };
type MessagePage = { requestMessages: { edges: { cursor: string; node: Message }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const DAY_MS = 86_400_000;

/** The date (YYYY-MM-DD, UTC) of the first Wednesday at least three days ahead. */
function nextWednesday(): string {
  let day = new Date(Date.now() + 3 * DAY_MS);
  while (day.getUTCDay() !== 3) day = new Date(day.getTime() + DAY_MS);
  return day.toISOString().slice(0, 10);
}

const errorOf = (response: { errors?: GqlError[] }) => response.errors?.[0]?.extensions;

describe('messaging', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: TestTenant;
  let customer: TestUser;
  let rival: TestUser;
  let operator: TestUser;
  let serviceId: string;
  const helpers: Record<string, TestUser> = {};
  const wednesday = nextWednesday();

  const gql = <T>(query: string, variables: Record<string, unknown>, user: TestUser) =>
    api.graphql<T>({ host: user.host, query, variables, token: user.accessToken });
  const ok = async <T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> => {
    const response = await gql<T>(query, variables, user);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const send = (user: TestUser, requestId: string, body: string, helperId?: string) => gql<{ sendMessage: Message }>(SEND, { requestId, helperId, body }, user);
  const sent = async (user: TestUser, requestId: string, body: string, helperId?: string) => (await ok<{ sendMessage: Message }>(SEND, { requestId, helperId, body }, user)).sendMessage;
  const bodies = async (user: TestUser, requestId: string, helperId?: string) =>
    (await ok<MessagePage>(MESSAGES, { requestId, helperId, first: 50 }, user)).requestMessages.edges.map((edge) => edge.node.body);
  const messageCount = async () => Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from messages where tenant_id = $1`, [tenant.id]))[0].n);

  /** A request of the customer's with offers of Near and Far, who compete for it. */
  async function offeredRequest(): Promise<{ requestId: string; offers: Record<string, string> }> {
    const posted = await ok<{ postRequest: { id: string } }>(
      `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      { input: { serviceId, description: 'Set up my Wi-Fi', postalCode: '8001', windows: [{ from: `${wednesday}T08:00:00.000Z`, to: `${wednesday}T16:00:00.000Z` }] } },
      customer,
    );
    const requestId = posted.postRequest.id;
    const offers: Record<string, string> = {};
    for (const name of ['Near', 'Far']) {
      offers[name] = (await ok<{ makeOffer: { id: string } }>(`mutation($id: ID!) { makeOffer(requestId: $id) { id } }`, { id: requestId }, helpers[name])).makeOffer.id;
    }
    return { requestId, offers };
  }

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    operator = tenant.admin;
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Clara Kunde' });
    rival = await createTestUser(api, tenant, { roles: ['customer'] });
    // Approved helpers who work Tuesdays and Wednesdays around Zürich.
    for (const name of ['Near', 'Far', 'Idle']) {
      helpers[name] = await createApprovedHelper(api, tenant, { displayName: name, postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: [2, 3] });
    }
    other = await insertTestTenant(api.db);
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets only the request’s customer, its offering helpers and the site’s operators in; everyone else gets NOT_FOUND', async () => {
    const { requestId } = await offeredRequest();
    await sent(customer, requestId, 'Hello Near', helpers.Near.id);
    const before = await messageCount();

    const otherCustomer = await createTestUser(api, other, { roles: ['customer'] });
    const otherOperator = await createTestUser(api, other, { roles: ['operator_admin'] });
    const outsiders: [TestUser, string | undefined][] = [
      [rival, helpers.Near.id],
      [helpers.Idle, undefined],
      [otherCustomer, helpers.Near.id],
    ];
    for (const [user, helperId] of outsiders) {
      expect(errorOf(await send(user, requestId, 'Let me in', helperId))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await gql(MESSAGES, { requestId, helperId }, user))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await gql(THREAD, { requestId }, user))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await gql(MARK_READ, { requestId, helperId }, user))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await gql(CONTACTS, { requestId }, user))).toMatchObject({ code: 'NOT_FOUND' });
    }
    // Operators of another site see nothing of this one; an unknown request is the same NOT_FOUND.
    expect(errorOf(await gql(MESSAGES, { requestId, helperId: helpers.Near.id }, otherOperator))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(MESSAGES, { requestId: '0190a0a0-0000-7000-8000-000000000000', helperId: helpers.Near.id }, operator))).toMatchObject({ code: 'NOT_FOUND' });
    // A helper without an offer is no conversation of the request, even for its customer.
    expect(errorOf(await send(customer, requestId, 'Hi Idle', helpers.Idle.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await messageCount()).toBe(before);
  });

  it('keeps competing helpers apart: each sees only their own conversation, the customer sees both', async () => {
    const { requestId } = await offeredRequest();
    await sent(customer, requestId, 'Near, can you come at nine?', helpers.Near.id);
    await sent(customer, requestId, 'Far, what would you bring?', helpers.Far.id);
    const reply = await sent(helpers.Near, requestId, 'Nine works for me');
    expect(reply).toMatchObject({ requestId, helperId: helpers.Near.id, senderId: helpers.Near.id, senderRole: 'HELPER', redacted: false });

    expect(await bodies(helpers.Near, requestId)).toEqual(['Near, can you come at nine?', 'Nine works for me']);
    expect(await bodies(helpers.Far, requestId)).toEqual(['Far, what would you bring?']);
    expect(errorOf(await gql(MESSAGES, { requestId, helperId: helpers.Far.id }, helpers.Near))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await send(helpers.Near, requestId, 'Psst', helpers.Far.id))).toMatchObject({ code: 'NOT_FOUND' });

    const nearThread = await ok<{ requestConversations: Conversation[] }>(THREAD, { requestId }, helpers.Near);
    expect(nearThread.requestConversations.map((c) => [c.helperId, c.counterpartId, c.counterpartName])).toEqual([[helpers.Near.id, customer.id, 'Clara Kunde']]);
    const customerThread = await ok<{ requestConversations: Conversation[] }>(THREAD, { requestId }, customer);
    expect(customerThread.requestConversations.map((c) => [c.counterpartName, c.lastMessage?.body])).toEqual([
      ['Near', 'Nine works for me'],
      ['Far', 'Far, what would you bring?'],
    ]);
    const farInbox = await ok<{ myConversations: { edges: { node: Conversation }[] } }>(INBOX, { first: 50 }, helpers.Far);
    expect(farInbox.myConversations.edges.filter((edge) => edge.node.requestId === requestId).map((edge) => edge.node.lastMessage?.body)).toEqual(['Far, what would you bring?']);

    const events = await api.db.ownerQuery<{ aggregate_id: string; payload: Record<string, unknown> }>(
      `select aggregate_id, payload from outbox_events where tenant_id = $1 and type = 'message.sent' and payload->>'messageId' = $2`,
      [tenant.id, reply.id],
    );
    expect(events).toEqual([
      { aggregate_id: reply.id, payload: { messageId: reply.id, requestId, helperId: helpers.Near.id, senderId: helpers.Near.id, recipientId: customer.id } },
    ]);
  });

  it('lets operators read every conversation of the request but not write or mark it read', async () => {
    const { requestId } = await offeredRequest();
    await sent(customer, requestId, 'For Near only', helpers.Near.id);
    await sent(helpers.Far, requestId, 'For the customer, from Far');
    expect(await bodies(operator, requestId, helpers.Near.id)).toEqual(['For Near only']);
    expect(await bodies(operator, requestId, helpers.Far.id)).toEqual(['For the customer, from Far']);
    const thread = await ok<{ requestConversations: Conversation[] }>(THREAD, { requestId }, operator);
    expect(thread.requestConversations.map((c) => [c.helperId, c.canSend, c.unreadCount]).sort()).toEqual(
      [
        [helpers.Near.id, false, 0],
        [helpers.Far.id, false, 0],
      ].sort(),
    );
    const before = await messageCount();
    expect(errorOf(await send(operator, requestId, 'Operator here', helpers.Near.id))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(MARK_READ, { requestId, helperId: helpers.Near.id }, operator))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(MESSAGES, { requestId }, operator))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'helperId' });
    expect(await messageCount()).toBe(before);
  });

  it('counts the other side’s unread messages until the conversation is marked read', async () => {
    const { requestId } = await offeredRequest();
    await sent(helpers.Near, requestId, 'First question');
    await sent(helpers.Near, requestId, 'Second question');
    const unreadOf = async (user: TestUser) => {
      const inbox = await ok<{ myConversations: { edges: { node: Conversation }[] } }>(INBOX, { first: 50 }, user);
      return inbox.myConversations.edges.find((edge) => edge.node.requestId === requestId && edge.node.helperId === helpers.Near.id)?.node;
    };
    expect(await unreadOf(customer)).toMatchObject({ unreadCount: 2, counterpartName: 'Near', lastMessage: { body: 'Second question' } });
    expect((await unreadOf(helpers.Near))?.unreadCount).toBe(0);

    const marked = await ok<{ markConversationRead: Conversation }>(MARK_READ, { requestId, helperId: helpers.Near.id }, customer);
    expect(marked.markConversationRead.unreadCount).toBe(0);
    expect((await unreadOf(customer))?.unreadCount).toBe(0);

    await sent(customer, requestId, 'Answers', helpers.Near.id);
    expect((await unreadOf(helpers.Near))?.unreadCount).toBe(1);
    await ok(MARK_READ, { requestId }, helpers.Near);
    expect((await unreadOf(helpers.Near))?.unreadCount).toBe(0);
  });

  it('hides contact details until the booking is confirmed, then reveals them to the booked pair only', async () => {
    expect((await ok<{ updateMyContact: { phone: string } }>(UPDATE_CONTACT, { phone: '079 123 45 67' }, customer)).updateMyContact.phone).toBe('+41791234567');
    expect((await ok<{ updateMyContact: { phone: string } }>(UPDATE_CONTACT, { phone: '+41 44 668 18 00' }, helpers.Near)).updateMyContact.phone).toBe('+41446681800');
    const { requestId, offers } = await offeredRequest();

    const early = await sent(customer, requestId, 'Call me on 079 123 45 67 or write to clara.kunde@example.ch, thanks', helpers.Near.id);
    expect(early.redacted).toBe(true);
    expect(early.body).not.toMatch(/079|clara\.kunde|example\.ch/);
    expect(early.body).toMatch(/^Call me on \[.+\] or write to \[.+\], thanks$/);
    const [stored] = await api.db.ownerQuery<{ body: string; redacted: boolean }>(`select body, redacted from messages where id = $1`, [early.id]);
    expect(stored).toEqual({ body: early.body, redacted: true });
    expect((await sent(helpers.Near, requestId, 'See you on Wednesday at 09:00, CHF 40.00 per hour')).redacted).toBe(false);
    for (const user of [customer, helpers.Near, helpers.Far]) {
      expect(errorOf(await gql(CONTACTS, { requestId }, user))).toMatchObject({ code: 'CONFLICT', detail: 'CONTACTS_HIDDEN' });
    }

    await ok(`mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id } }`, { id: offers.Near, startsAt: `${wednesday}T09:00:00.000Z` }, customer);

    const late = await sent(helpers.Near, requestId, 'My number is 044 668 18 00, mail near@example.ch');
    expect(late).toMatchObject({ redacted: false, body: 'My number is 044 668 18 00, mail near@example.ch' });
    // What was hidden when it was written stays hidden.
    expect((await bodies(customer, requestId, helpers.Near.id))[0]).toBe(early.body);

    const forCustomer = await ok<{ requestContacts: unknown }>(CONTACTS, { requestId }, customer);
    expect(forCustomer.requestContacts).toEqual({ userId: helpers.Near.id, displayName: 'Near', email: helpers.Near.email, phone: '+41446681800' });
    const forHelper = await ok<{ requestContacts: unknown }>(CONTACTS, { requestId }, helpers.Near);
    expect(forHelper.requestContacts).toEqual({ userId: customer.id, displayName: 'Clara Kunde', email: customer.email, phone: '+41791234567' });

    // The helper who was not chosen keeps reading, but writing and contacts are closed to them.
    expect(errorOf(await gql(CONTACTS, { requestId }, helpers.Far))).toMatchObject({ code: 'CONFLICT', detail: 'CONTACTS_HIDDEN' });
    expect(errorOf(await send(helpers.Far, requestId, 'Still available!'))).toMatchObject({ code: 'CONFLICT', detail: 'CONVERSATION_CLOSED' });
    expect(errorOf(await send(customer, requestId, 'Sorry, Far', helpers.Far.id))).toMatchObject({ code: 'CONFLICT', detail: 'CONVERSATION_CLOSED' });
    const thread = await ok<{ requestConversations: Conversation[] }>(THREAD, { requestId }, customer);
    expect(thread.requestConversations.map((c) => [c.counterpartName, c.canSend, c.contactsShared])).toEqual([
      ['Near', true, true],
      ['Far', false, false],
    ]);

    // A cancelled request is over: its conversations are read-only and contacts hidden again.
    await ok(`mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`, { id: requestId }, customer);
    expect(errorOf(await send(customer, requestId, 'Are you still coming?', helpers.Near.id))).toMatchObject({ code: 'CONFLICT', detail: 'CONVERSATION_CLOSED' });
    expect(errorOf(await gql(CONTACTS, { requestId }, customer))).toMatchObject({ code: 'CONFLICT', detail: 'CONTACTS_HIDDEN' });
    expect(await bodies(helpers.Near, requestId)).toHaveLength(3);
  });

  it('pages messages oldest first and conversations newest first', async () => {
    const { requestId } = await offeredRequest();
    for (const n of [1, 2, 3, 4, 5]) await sent(n % 2 ? customer : helpers.Far, requestId, `Message ${n}`, n % 2 ? helpers.Far.id : undefined);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: MessagePage = await ok<MessagePage>(MESSAGES, { requestId, helperId: helpers.Far.id, first: 2, after }, customer);
      seen.push(...data.requestMessages.edges.map((edge) => edge.node.body));
      after = data.requestMessages.pageInfo.endCursor;
      if (!data.requestMessages.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(['Message 1', 'Message 2', 'Message 3', 'Message 4', 'Message 5']);

    await sent(customer, requestId, 'Newest, to Near', helpers.Near.id);
    const first = await ok<{ myConversations: { edges: { node: Conversation }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(INBOX, { first: 1 }, customer);
    expect(first.myConversations.edges.map((edge) => edge.node.lastMessage?.body)).toEqual(['Newest, to Near']);
    expect(first.myConversations.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{ myConversations: { edges: { node: Conversation }[] } }>(INBOX, { first: 1, after: first.myConversations.pageInfo.endCursor }, customer);
    expect(second.myConversations.edges.map((edge) => edge.node.lastMessage?.body)).toEqual(['Message 5']);
  });

  it('refuses bad input with a typed error naming the field, and writes nothing', async () => {
    const { requestId } = await offeredRequest();
    const before = await messageCount();
    const refusals: [Promise<{ errors?: GqlError[] }>, string][] = [
      [send(customer, requestId, '   ', helpers.Near.id), 'body'],
      [send(customer, requestId, 'x'.repeat(4001), helpers.Near.id), 'body'],
      [send(customer, requestId, 'bell \u0007', helpers.Near.id), 'body'],
      [send(customer, requestId, 'Which helper?'), 'helperId'],
      [gql(MESSAGES, { requestId, helperId: helpers.Near.id, first: 0 }, customer), 'first'],
      [gql(MESSAGES, { requestId, helperId: helpers.Near.id, after: 'not-a-cursor' }, customer), 'after'],
      [gql(INBOX, { first: 101 }, customer), 'first'],
      [gql(UPDATE_CONTACT, { phone: '12' }, customer), 'phone'],
      [gql(UPDATE_CONTACT, { phone: 'call me maybe' }, customer), 'phone'],
    ];
    for (const [call, field] of refusals) expect(errorOf(await call)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await messageCount()).toBe(before);

    expect((await sent(customer, requestId, `  ${'y'.repeat(4000)}  `, helpers.Near.id)).body).toHaveLength(4000);
    await ok(UPDATE_CONTACT, { phone: '+41 79 765 43 21' }, rival);
    expect((await ok<{ updateMyContact: { phone: string | null } }>(UPDATE_CONTACT, { phone: null }, rival)).updateMyContact.phone).toBeNull();
    expect((await ok<{ viewer: { phone: string | null } }>(`{ viewer { phone } }`, {}, rival)).viewer.phone).toBeNull();
  });

  it('closes writing with helpers out of the running (withdrawn, declined) while everyone keeps reading', async () => {
    const { requestId, offers } = await offeredRequest();
    await sent(helpers.Near, requestId, 'I could come at ten');
    await sent(helpers.Far, requestId, 'I could come at noon');
    await ok(`mutation($id: ID!) { withdrawOffer(offerId: $id) { id } }`, { id: offers.Far }, helpers.Far);
    await ok(`mutation($id: ID!) { declineOffer(offerId: $id, reason: "Ten is too early") { id } }`, { id: offers.Near }, customer);

    const before = await messageCount();
    const attempts: [TestUser, string | undefined][] = [
      [helpers.Far, undefined],
      [customer, helpers.Far.id],
      [helpers.Near, undefined],
      [customer, helpers.Near.id],
    ];
    for (const [user, helperId] of attempts) {
      expect(errorOf(await send(user, requestId, 'Still there?', helperId))).toMatchObject({ code: 'CONFLICT', field: 'helperId', detail: 'CONVERSATION_CLOSED' });
    }
    expect(await messageCount()).toBe(before);
    expect(await bodies(helpers.Far, requestId)).toEqual(['I could come at noon']);
    expect(await bodies(customer, requestId, helpers.Near.id)).toEqual(['I could come at ten']);
    const thread = await ok<{ requestConversations: Conversation[] }>(THREAD, { requestId }, customer);
    expect(thread.requestConversations.map((c) => [c.counterpartName, c.canSend])).toEqual([
      ['Far', false],
      ['Near', false],
    ]);

    // The request still looks for a helper: one who offers now talks with the customer.
    await ok(`mutation($id: ID!) { makeOffer(requestId: $id) { id } }`, { id: requestId }, helpers.Idle);
    expect((await sent(helpers.Idle, requestId, 'I am free all Wednesday')).senderRole).toBe('HELPER');
    expect((await sent(customer, requestId, 'Great, come at ten', helpers.Idle.id)).senderRole).toBe('CUSTOMER');
  });

  it('judges a message sent while the booking changes by that change: it waits for it, then finds the request over', async () => {
    const { requestId, offers } = await offeredRequest();
    await ok(`mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id } }`, { id: offers.Near, startsAt: `${wednesday}T11:00:00.000Z` }, customer);
    const before = await messageCount();

    // The customer's cancellation is under way: the request's row is locked and the status changed, not yet committed.
    const ctx = RequestContext.create({ tenantId: tenant.id, actor: { kind: 'user', userId: customer.id, sessionId: 'cancelling' }, roles: ['customer'] });
    const requests = api.app.get(RequestService);
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let locked!: (pid: number) => void;
    const holder = new Promise<number>((resolve) => (locked = resolve));
    const cancelling = api.app.get(TenantDatabase).run(ctx, async (tx) => {
      const row = await requests.lockIn(tx, requestId);
      await requests.advanceIn(tx, row!, 'cancelled', { kind: 'customer', id: customer.id }, {});
      const [{ pid }] = await tx.query<{ pid: number }>(`select pg_backend_pid() as pid`);
      locked(pid);
      await committing;
    });
    const pid = await holder;

    // Meanwhile the customer, still booked with Near, writes a phone number.
    let settled = false;
    const sending = send(customer, requestId, 'Call me on 079 123 45 67', helpers.Near.id).finally(() => (settled = true));
    const waitsForCancellation = async () =>
      (await api.db.ownerQuery<{ waits: boolean }>(`select exists (select 1 from pg_locks where not granted and $1 = any(pg_blocking_pids(pid))) as waits`, [pid]))[0].waits;
    while (!settled && !(await waitsForCancellation())) await new Promise((resolve) => setTimeout(resolve, 10));
    commit();
    await cancelling;

    expect(errorOf(await sending)).toMatchObject({ code: 'CONFLICT', detail: 'CONVERSATION_CLOSED' });
    expect(await messageCount()).toBe(before);
  });
});

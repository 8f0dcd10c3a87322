// What dispatch, incidents and rewards tell people, end to end through the real worker process: a
// wave of offers reaches each helper offered at once (SMS through the site's own account, and in the
// app) in their language with when the offer lapses, and nobody else; an incident opened reaches
// every operator by email and in the app; a redemption asks the operators to decide and tells the
// helper the decision (the reason and the points given back when rejected); a higher rewards level
// is celebrated, a lower one is not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newId, RequestContext, siteOrigin, TenantDatabase } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeSmsProvider,
  type MarketplaceTenant,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const SLA = `query { tenantPolicy(kind: SLA) { document } }`;
const UPDATE_SLA = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;
const SETTINGS = `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { smsAccountSid } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind title body link } } } }`;
const REDEEM = `mutation($itemKey: String!) { redeemReward(itemKey: $itemKey) { id } }`;
const APPROVE = `mutation($id: ID!) { approveRedemption(id: $id) { status } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectRedemption(id: $id, reason: $reason) { status } }`;
const INTERNET = ['Internet down since this morning', 'no internet, router blinking red', 'Router red, internet down'];

const SMS_ACCOUNT = { accountSid: `AC${'a1'.repeat(16)}`, authToken: 'b2'.repeat(16), from: '+41445550100' };
const ANA_PHONE = '+41791234567';

type Notification = { kind: string; title: string; body: string; link: string };

/** A date and time as the fan-out writes it for a reader of `locale` on a site in Zürich. */
const swissDate = (locale: string, at: Date) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Zurich' }).format(at);

describe('notifications of dispatch offers, incidents and rewards', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let sms: FakeSmsProvider;
  let tenant: MarketplaceTenant;
  let offered: string;
  let uncovered: string;
  let customers: TestUser[];
  let ana: TestUser;
  let bo: TestUser;
  let cleo: TestUser;
  let giulia: TestUser;

  const gql = async <T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token: user.accessToken });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const setLocale = (user: TestUser, locale: string, phone: string | null = null) =>
    api.db.ownerQuery(`update users set locale = $3, phone = $4 where tenant_id = $1 and id = $2`, [tenant.id, user.id, locale, phone]);
  const serviceNames = async (serviceId: string) =>
    (await api.db.ownerQuery<{ names: Record<string, string> }>(`select names from services where tenant_id = $1 and id = $2`, [tenant.id, serviceId]))[0].names;

  /** The user's in-app notifications of `kind`, as they read them, once there are `count`. */
  const notificationsOf = (user: TestUser, kind: string, count = 1) =>
    waitUntil(`${count} ${kind} notification(s) of ${user.displayName}`, async () => {
      const data = await gql<{ myNotifications: { edges: { node: Notification }[] } }>(MY_NOTIFICATIONS, {}, user);
      const found = data.myNotifications.edges.map((edge) => edge.node).filter((node) => node.kind === kind);
      return found.length >= count ? found : undefined;
    });
  const mailTo = (user: TestUser, subject: string) =>
    waitUntil(`the mail "${subject}" to ${user.displayName}`, async () => sink.messages().find((mail) => mail.to.includes(user.email) && mail.subject === subject));
  const eventsOf = (type: string) =>
    api.db.ownerQuery<{ id: string; payload: Record<string, unknown> }>(`select id, payload from outbox_events where tenant_id = $1 and type = $2 order by created_at, id`, [tenant.id, type]);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    sms = await FakeSmsProvider.start();
    sms.addAccount(SMS_ACCOUNT.accountSid, SMS_ACCOUNT.authToken);
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    [offered, uncovered] = await tenant.serviceIds({ pricingMode: 'hourly' });
    const other = (await tenant.serviceIds()).find((id) => id !== offered && id !== uncovered)!;
    customers = await Promise.all([1, 2, 3, 4].map(() => createTestUser(api, tenant, { roles: ['customer'] })));
    const helper = (displayName: string, postalCode: string, serviceId: string) =>
      createApprovedHelper(api, tenant, { displayName, postalCode, radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    ana = await helper('Ana', '8004', offered);
    bo = await helper('Bo', '8001', offered);
    // Next door, but offering another service: no request here is hers.
    cleo = await helper('Cleo', '8001', other);
    giulia = await createTestUser(api, tenant, { roles: ['operator_agent'], displayName: 'Giulia' });
    await setLocale(ana, 'fr', ANA_PHONE);
    await setLocale(bo, 'en');
    await setLocale(cleo, 'it');
    await setLocale(giulia, 'it');
    await setLocale(tenant.admin, 'de');

    // The site's own SMS account, and no quiet hours, so an offer goes out whatever the hour.
    await gql(SETTINGS, { input: { sms: SMS_ACCOUNT, quietHoursStart: '00:00', quietHoursEnd: '00:00' } }, tenant.admin);
    // Two helpers in the first wave and no second one while the test runs; three alike requests in an hour are an incident.
    const current = await gql<{ tenantPolicy: { document: Record<string, unknown> } }>(SLA, {}, tenant.admin);
    const document = current.tenantPolicy.document;
    await gql(
      UPDATE_SLA,
      {
        document: {
          ...document,
          dispatch: { ...(document.dispatch as object), firstWaveSize: 2, waveGrowth: 0, waveIntervalMinutes: 60, firstLookMinutes: 0 },
          incidents: { windowMinutes: 60, threshold: 3, areaDigits: 2, similarity: 0.2 },
        },
      },
      tenant.admin,
    );
    await startWorkerProcess(api.db.config, { SMTP_URL: sink.url, SMS_API_URL: sms.baseUrl }).ready();
  }, 180_000);

  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
    await sms?.stop();
  });

  it('tells each helper a wave offers the request to, at once by SMS and in the app, in their language, and nobody else', async () => {
    const wantedFrom = new Date(Math.ceil((Date.now() + 2 * HOUR) / HOUR) * HOUR);
    const windows = [{ from: wantedFrom.toISOString(), to: new Date(wantedFrom.getTime() + 4 * HOUR).toISOString() }];
    const posted = await gql<{ postRequest: { id: string } }>(POST, { input: { serviceId: offered, description: 'Mount the TV on the wall', postalCode: '8001', windows } }, customers[0]);
    const requestId = posted.postRequest.id;

    const forAna = await notificationsOf(ana, 'dispatch.offer');
    const forBo = await notificationsOf(bo, 'dispatch.offer');
    const [{ expires_at: openUntil }] = await api.db.ownerQuery<{ expires_at: Date }>(`select expires_at from requests where id = $1`, [requestId]);
    const names = await serviceNames(offered);
    expect(forAna).toEqual([
      {
        kind: 'dispatch.offer',
        title: `Nouvelle demande près de chez vous : ${names.fr}`,
        body: `${names.fr}, NPA 8001, à partir du ${swissDate('fr-CH', wantedFrom)}. Ouverte jusqu’au ${swissDate('fr-CH', openUntil)}. La première personne qui accepte obtient la mission.`,
        link: '/helper/offers',
      },
    ]);
    expect(forBo).toEqual([
      {
        kind: 'dispatch.offer',
        title: `New request nearby: ${names.en}`,
        body: `${names.en} in 8001, wanted from ${swissDate('en-GB', wantedFrom)}. Open until ${swissDate('en-GB', openUntil)}. The first helper to accept gets the job.`,
        link: '/helper/offers',
      },
    ]);

    // Ana has a phone: the site's SMS account sends her the offer, in French and in one GSM-7 segment.
    const text = await waitUntil('the SMS to Ana', async () => sms.messages().find((message) => message.to === ANA_PHONE));
    expect(text.accountSid).toBe(SMS_ACCOUNT.accountSid);
    expect(text.body).toContain(`: demande ${names.fr}, NPA 8001. Répondez avant le ${swissDate('fr-CH', openUntil)} : ${siteOrigin(api.db.config, tenant.slug)}/helper/offers`);
    expect(text.body.length).toBeLessThanOrEqual(160);

    // One event per helper offered, each telling only that helper; no email (not a default channel), no SMS without a phone.
    const events = (await eventsOf('dispatch.offered')).filter((event) => event.payload.requestId === requestId);
    expect(events.map((event) => event.payload.helperId).sort()).toEqual([ana.id, bo.id].sort());
    const deliveries = await waitUntil('the SMS delivery to be sent', async () => {
      const rows = await api.db.ownerQuery<{ channel: string; recipient_id: string; status: string }>(
        `select channel, recipient_id, status from notification_deliveries where tenant_id = $1 and event_id = any($2::uuid[])`,
        [tenant.id, events.map((event) => event.id)],
      );
      return rows.length === 1 && rows[0].status === 'sent' ? rows : undefined;
    });
    expect(deliveries).toEqual([{ channel: 'sms', recipient_id: ana.id, status: 'sent' }]);
    const inApp = await api.db.ownerQuery<{ user_id: string }>(`select user_id from notifications where tenant_id = $1 and kind = 'dispatch.offer'`, [tenant.id]);
    expect(inApp.map((row) => row.user_id).sort()).toEqual([ana.id, bo.id].sort());
    expect(sms.messages()).toHaveLength(1);
  });

  it('tells every operator of an incident opened, by email and in the app, in their language', async () => {
    const windows = [{ from: new Date(Date.now() + 24 * HOUR).toISOString(), to: new Date(Date.now() + 30 * HOUR).toISOString() }];
    for (const [index, description] of INTERNET.entries()) {
      await gql(POST, { input: { serviceId: uncovered, description, postalCode: index === 1 ? '8004' : '8001', windows } }, customers[index + 1]);
    }
    const names = await serviceNames(uncovered);
    const [forAdmin] = await notificationsOf(tenant.admin, 'incident.opened');
    const [forGiulia] = await notificationsOf(giulia, 'incident.opened');
    const [incident] = await api.db.ownerQuery<{ id: string; request_count: number }>(`select id, request_count from incidents where tenant_id = $1`, [tenant.id]);
    expect(incident.request_count).toBe(3);
    expect(forAdmin).toEqual({
      kind: 'incident.opened',
      title: 'Mögliche Störung in 80xx',
      body: `3 ähnliche Anfragen zu «${names.de}» in 80xx.`,
      link: `/console/incidents/${incident.id}`,
    });
    expect(forGiulia).toMatchObject({ title: 'Possibile guasto, NPA 80xx', body: `3 richieste simili per «${names.it}», NPA 80xx.` });

    const mail = await mailTo(tenant.admin, `Mögliche Störung: 3 ähnliche Anfragen zu ${names.de} in 80xx`);
    expect(mail.text).toContain(`Dienstleistung: ${names.de}\nPostleitzahlgebiet: 80xx\nAnfragen: 3`);
    expect(mail.text).toContain(`${siteOrigin(api.db.config, tenant.slug)}/console/incidents/${incident.id}`);
    await mailTo(giulia, `Possibile guasto: 3 richieste simili per ${names.it}, NPA 80xx`);
    // Customers and helpers are not told of incidents.
    const [{ count }] = await api.db.ownerQuery<{ count: string }>(
      `select count(*) from notifications where tenant_id = $1 and kind = 'incident.opened' and user_id <> all($2::uuid[])`,
      [tenant.id, [tenant.admin.id, giulia.id]],
    );
    expect(count).toBe('0');
  });

  it('asks the operators to decide on a redemption, then tells the helper it was approved, or rejected with the points given back', async () => {
    await api.db.ownerQuery(
      `insert into reward_points (tenant_id, id, helper_id, points, reason, business_key, rewards_policy_version) values ($1, $2, $3, 600, 'vetting_completed', $4, 1)`,
      [tenant.id, newId(), cleo.id, `vetting_completed:${cleo.id}`],
    );
    const first = (await gql<{ redeemReward: { id: string } }>(REDEEM, { itemKey: 'coffee_voucher' }, cleo)).redeemReward.id;
    const [asked] = await notificationsOf(tenant.admin, 'redemption.requested');
    expect(asked).toEqual({
      kind: 'redemption.requested',
      title: 'Prämie angefragt: Kaffeegutschein',
      body: 'Cleo möchte 300 Punkte gegen «Kaffeegutschein» einlösen.',
      link: `/console/rewards/redemptions/${first}`,
    });
    await notificationsOf(giulia, 'redemption.requested');
    expect((await gql<{ approveRedemption: { status: string } }>(APPROVE, { id: first }, tenant.admin)).approveRedemption.status).toBe('APPROVED');

    const [approved] = await notificationsOf(cleo, 'redemption.approved');
    expect(approved).toEqual({ kind: 'redemption.approved', title: 'Premio approvato: Buono caffè', body: 'I Suoi 300 punti per «Buono caffè» sono stati riscattati.', link: '/helper/rewards' });
    const mail = await mailTo(cleo, 'Il Suo premio è approvato: Buono caffè');
    expect(mail.text).toContain('la Sua richiesta di riscattare 300 punti per «Buono caffè» è stata approvata');

    const second = (await gql<{ redeemReward: { id: string } }>(REDEEM, { itemKey: 'coffee_voucher' }, cleo)).redeemReward.id;
    await notificationsOf(tenant.admin, 'redemption.requested', 2);
    await gql(REJECT, { id: second, reason: 'Nicht mehr an Lager' }, tenant.admin);
    const [rejected] = await notificationsOf(cleo, 'redemption.rejected');
    expect(rejected).toEqual({
      kind: 'redemption.rejected',
      title: 'Premio non approvato: Buono caffè',
      body: 'I Suoi 300 punti Le sono stati restituiti. Motivo: Nicht mehr an Lager',
      link: '/helper/rewards',
    });
    // The helper is not asked to decide, and operators are not told of the decision they took.
    expect(await api.db.ownerQuery(`select kind from notifications where tenant_id = $1 and user_id = $2 and kind = 'redemption.requested'`, [tenant.id, cleo.id])).toEqual([]);
    expect(
      await api.db.ownerQuery(`select kind from notifications where tenant_id = $1 and user_id = any($2::uuid[]) and kind in ('redemption.approved', 'redemption.rejected')`, [
        tenant.id,
        [tenant.admin.id, giulia.id],
      ]),
    ).toEqual([]);
  });

  it('congratulates a helper who reached a higher level, and stays silent on a lower one', async () => {
    // 450 points: the next job completed (100) lifts Bo from Bronze to Silver (500).
    await api.db.ownerQuery(
      `insert into reward_points (tenant_id, id, helper_id, points, reason, business_key, rewards_policy_version) values ($1, $2, $3, 450, 'vetting_completed', $4, 1)`,
      [tenant.id, newId(), bo.id, `vetting_completed:${bo.id}`],
    );
    // A drop, as rewards announces one (a job taken back): nobody is told.
    const [{ version }] = await api.db.ownerQuery<{ version: number }>(`select max(version) as version from tenant_policies where tenant_id = $1 and kind = 'rewards'`, [tenant.id]);
    const dropId = await api.app
      .get(TenantDatabase)
      .run(RequestContext.system(tenant.id, 'test'), (tx) =>
        tx.emit({ type: 'rewards.level_changed', aggregateType: 'helper', aggregateId: bo.id, payload: { helperId: bo.id, fromLevel: 'silver', toLevel: 'bronze', toRank: 0, rewardsPolicyVersion: version } }),
      );

    const startsAt = new Date(Date.now() + 10 * MINUTE).toISOString();
    const booked = await gql<{ bookSlot: { id: string } }>(`mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`, { input: { helperId: bo.id, serviceId: offered, postalCode: '8001', startsAt } }, customers[0]);
    await gql(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: booked.bookSlot.id }, bo);
    await gql(`mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`, { id: booked.bookSlot.id }, bo);

    const [reached] = await notificationsOf(bo, 'level.reached');
    expect(reached).toEqual({ kind: 'level.reached', title: 'New level: Silver', body: 'Congratulations! You have moved up from Bronze to Silver.', link: '/helper/rewards' });
    await mailTo(bo, 'Congratulations: you have reached Silver');
    const rises = (await eventsOf('rewards.level_changed')).filter((event) => event.id !== dropId);
    expect(rises.map((event) => [event.payload.fromLevel, event.payload.toLevel])).toEqual([['bronze', 'silver']]);

    await waitUntil('the drop to be fanned out', async () => {
      const [pending] = await api.db.ownerQuery<{ waiting: boolean }>(
        `select exists (select 1 from notification_inbox where tenant_id = $1 and event_id = $2)
             or exists (select 1 from outbox_events where tenant_id = $1 and id = $2 and relayed_at is null) as waiting`,
        [tenant.id, dropId],
      );
      return pending.waiting ? undefined : true;
    });
    expect(await api.db.ownerQuery(`select kind from notifications where tenant_id = $1 and event_id = $2`, [tenant.id, dropId])).toEqual([]);
    expect(await api.db.ownerQuery(`select kind from notification_deliveries where tenant_id = $1 and event_id = $2`, [tenant.id, dropId])).toEqual([]);
  });
});

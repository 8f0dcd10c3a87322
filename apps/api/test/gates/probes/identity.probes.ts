// Probes of the identity domain: sign-up, sessions and operator invitations (/graphql), platform
// admins' sessions (/platform/graphql).
import { readInvitationToken } from '@quartier/testing';
import type { TestApi } from '../../test-api.js';
import type { GateActor } from '../support/actors.js';
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const SIGNED_IN: Caller[] = ['customer', 'helper', 'operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const PLATFORM_VISITORS: Caller[] = ['anonymous', 'platform_admin'];
const PLATFORM_ADMIN: Caller[] = ['platform_admin'];

const SESSION = 'accessToken refreshToken userId roles';
const PLATFORM_SESSION = 'accessToken refreshToken adminId';

export const identityProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Mutation.signUp',
    document: `mutation($email: String!) { signUp(email: $email, password: "Gate-Sign-Up-2026!", displayName: "Gate Probe") { ${SESSION} } }`,
    variables: (target) => ({ email: target.users.customer.email }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.logIn',
    document: `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { ${SESSION} } }`,
    variables: (target) => ({ email: target.users.customer.email, password: target.users.customer.password }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.refreshSession',
    document: `mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${SESSION} } }`,
    variables: (target) => ({ refreshToken: target.secrets.refreshToken }),
    foreignIds: true,
    allow: SITE_VISITORS,
    ownInput: async ({ api, tenant, actors }) => ({ refreshToken: await userRefreshToken(api, tenant.slug, actors.customer) }),
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.logOut',
    document: 'mutation { logOut }',
    foreignIds: false,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.viewer',
    document: '{ viewer { id email displayName roles } }',
    foreignIds: false,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.inviteOperator',
    document: 'mutation($email: String!) { inviteOperator(email: $email, role: OPERATOR_AGENT) { id email role status } }',
    variables: (target) => ({ email: target.users.operator_agent.email }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.acceptOperatorInvitation',
    document: `mutation($token: String!) {
      acceptOperatorInvitation(token: $token, displayName: "Gate Operator", password: "Gate-Accept-2026!") { ${SESSION} }
    }`,
    variables: (target) => ({ token: target.secrets.invitationToken }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.operatorInvitations',
    document: `query($after: String) {
      operatorInvitations(first: 10, after: $after) { totalCount edges { cursor node { id email role status } } }
    }`,
    variables: (target) => ({ after: target.cursors.operatorInvitations }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.platformLogIn',
    document: `mutation($email: String!, $password: String!) { platformLogIn(email: $email, password: $password) { ${PLATFORM_SESSION} } }`,
    // A tenant's operator admin's credentials must open nothing on the platform console.
    variables: (target) => ({ email: target.users.operator_admin.email, password: target.users.operator_admin.password }),
    foreignIds: true,
    allow: PLATFORM_VISITORS,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.platformRefreshSession',
    document: `mutation($refreshToken: String!) { platformRefreshSession(refreshToken: $refreshToken) { ${PLATFORM_SESSION} } }`,
    variables: (target) => ({ refreshToken: target.secrets.refreshToken }),
    foreignIds: true,
    allow: PLATFORM_VISITORS,
    ownInput: async ({ api, platformAdmin }) => {
      const session = await callEndpoint(api, {
        endpoint: 'platform',
        host: '',
        query: 'mutation($email: String!, $password: String!) { platformLogIn(email: $email, password: $password) { refreshToken } }',
        variables: { email: platformAdmin.email, password: platformAdmin.password },
      });
      const refreshToken = (session.data?.platformLogIn as { refreshToken?: string } | undefined)?.refreshToken;
      if (!refreshToken) throw new Error(`platformLogIn failed: ${JSON.stringify(session.errors)}`);
      return { refreshToken };
    },
  },
  {
    endpoint: 'platform',
    field: 'Mutation.platformLogOut',
    document: 'mutation { platformLogOut }',
    foreignIds: false,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Query.platformViewer',
    document: '{ platformViewer { id email displayName } }',
    foreignIds: false,
    allow: PLATFORM_ADMIN,
  },
];

async function userRefreshToken(api: TestApi, host: string, user: GateActor): Promise<string> {
  const login = await callEndpoint(api, {
    endpoint: 'tenant',
    host,
    query: 'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { refreshToken } }',
    variables: { email: user.email, password: user.password },
  });
  const refreshToken = (login.data?.logIn as { refreshToken?: string } | undefined)?.refreshToken;
  if (!refreshToken) throw new Error(`logIn failed: ${JSON.stringify(login.errors)}`);
  return refreshToken;
}

/** A live refresh token of the tenant's customer, a pending invitation's token, an invitations cursor. */
export const gatherIdentityFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const refreshToken = await userRefreshToken(api, tenant.slug, actors.customer);

  const adminToken = await actors.operator_admin.token();
  const invited = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: adminToken,
    query: 'mutation($email: String!) { inviteOperator(email: $email, role: OPERATOR_AGENT) { id } }',
    variables: { email: `invitee@${tenant.slug}.gate.example` },
  });
  const invitationId = (invited.data?.inviteOperator as { id?: string } | undefined)?.id;
  if (!invitationId) throw new Error(`Gate target: inviteOperator failed: ${JSON.stringify(invited.errors)}`);
  // The token travels only in the invitation email, i.e. in the outbox event.
  const event = { token: await readInvitationToken(api.db, invitationId) };

  const page = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: adminToken,
    query: '{ operatorInvitations(first: 1) { pageInfo { endCursor } } }',
  });
  const cursor = (page.data?.operatorInvitations as { pageInfo?: { endCursor?: string } } | undefined)?.pageInfo?.endCursor;
  if (!cursor) throw new Error(`Gate target: no operatorInvitations cursor: ${JSON.stringify(page.errors)}`);

  return { secrets: { refreshToken, invitationToken: event.token }, cursors: { operatorInvitations: cursor } };
};

// A helper's public profile: who they are, their rating, and what they charge for each of the
// site's services (with each service's duration, which sizes the slots).
import { request } from '../graphql/client';
import type { HelperProfileQuery as HelperProfileResult } from '../graphql/generated/graphql';
import { HelperProfileQuery } from '../graphql/operations';
import { useRemote, type Remote } from '../use-remote';

export type HelperProfile = HelperProfileResult['helper'];
export type HelperSkill = HelperProfile['skills'][number];

export interface ProfileData {
  helper: HelperProfile;
  durations: Map<string, number>;
}

export function useHelperProfile(helperId: string, locale: string): Remote<ProfileData> {
  const [state] = useRemote(`${helperId}:${locale}`, async (signal) => {
    const data = await request(HelperProfileQuery, { helperId }, { locale, signal });
    return { helper: data.helper, durations: new Map(data.services.edges.map((edge) => [edge.node.id, edge.node.estimatedDurationMinutes])) };
  });
  return state;
}

/** The skill the address names when the helper offers it, else the first one customers can book. */
export function chosenSkill(helper: HelperProfile, serviceId: string | null): HelperSkill | undefined {
  return helper.skills.find((skill) => skill.serviceId === serviceId) ?? helper.skills.find((skill) => skill.pricingMode !== 'QUOTE') ?? helper.skills[0];
}

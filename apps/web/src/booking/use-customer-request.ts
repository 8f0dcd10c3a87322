// One of the customer's requests with its appointment (helper, time, price), its payment and the
// helper's name.
import { request as graphqlRequest } from '../graphql/client';
import type { CustomerRequestQuery as CustomerRequestResult } from '../graphql/generated/graphql';
import { CustomerRequestQuery, HelperNameQuery } from '../graphql/operations';
import { useSession } from '../session/session';
import { useRemote, type Remote } from '../use-remote';

export type CustomerRequest = CustomerRequestResult['request'];
export type RequestAppointment = CustomerRequestResult['myAppointments']['edges'][number]['node'];

export interface RequestView {
  request: CustomerRequest;
  payment: CustomerRequestResult['requestPayment'];
  /** The live appointment, else the latest one (a cancelled booking keeps its time). */
  appointment: RequestAppointment | null;
  helperName: string | null;
  /** The customer's own review of the appointment, once written. */
  review: { stars: number; text: string } | null;
}

export function useCustomerRequest(requestId: string, enabled: boolean, locale: string): [Remote<RequestView>, () => void] {
  const session = useSession();
  return useRemote(enabled ? `${requestId}:${locale}` : null, async (signal) => {
    const data = await session.call(CustomerRequestQuery, { requestId }, { signal });
    const appointments = data.myAppointments.edges.map((edge) => edge.node).filter((node) => node.requestId === requestId);
    const appointment = appointments.find((node) => node.status !== 'CANCELLED') ?? appointments.at(-1) ?? null;
    let helperName: string | null = null;
    if (appointment) {
      // A helper no longer listed keeps the request readable, just without a name.
      helperName = await graphqlRequest(HelperNameQuery, { helperId: appointment.helperId }, { locale, signal }).then(
        (result) => result.helper.displayName,
        () => null,
      );
    }
    const review = appointment ? (data.myReviews.edges.find((edge) => edge.node.appointmentId === appointment.id && edge.node.authorId === data.request.customerId)?.node ?? null) : null;
    return { request: data.request, payment: data.requestPayment, appointment, helperName, review: review ? { stars: review.stars, text: review.text } : null };
  });
}

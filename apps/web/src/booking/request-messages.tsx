// The conversation with the booked helper on a request page, in the shared conversation view.
// `version` changes when the page reads the request afresh (a live update), so the helper's replies
// arrive with it.
import { useEffect } from 'react';
import { Conversation } from '../conversation';
import { RequestMessagesQuery, SendMessageMutation } from '../graphql/operations';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';

export function RequestMessages(props: { requestId: string; helperId: string; helperName: string | null; version: number }) {
  const { t } = useSite();
  const texts = t.messages;
  const session = useSession();
  const { requestId, helperId } = props;
  const [messages, reload] = useRemote(`${requestId}:${helperId}`, async (signal) => {
    const { requestMessages } = await session.call(RequestMessagesQuery, { requestId, helperId }, { signal });
    return requestMessages.edges.map((edge) => edge.node);
  });
  useEffect(() => {
    if (props.version > 0) reload();
  }, [props.version, reload]);
  return (
    <Conversation
      texts={{ ...texts, title: props.helperName ? texts.titleWith(props.helperName) : texts.title, other: props.helperName ?? texts.helper, network: texts.failed }}
      ownRole="CUSTOMER"
      messages={messages}
      reload={reload}
      send={(body) => session.call(SendMessageMutation, { requestId, helperId, body })}
    />
  );
}

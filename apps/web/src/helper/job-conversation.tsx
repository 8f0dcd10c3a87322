// The helper's side of a request's conversation on the job page, in the shared conversation view the
// customer's request page uses too. Reading it marks the customer's messages read.
import { useEffect } from 'react';
import { Conversation } from '../conversation';
import { useSession } from '../session/session';
import { useRemote } from '../use-remote';
import { useHelperTexts } from './helper-kit';
import { HelperJobMessagesQuery, HelperMarkReadMutation, HelperSendMessageMutation } from './operations';

export function JobConversation(props: { requestId: string; customerName: string; canSend: boolean; unread: number }) {
  const h = useHelperTexts();
  const texts = h.job;
  const session = useSession();
  const { requestId } = props;
  const [messages, reload] = useRemote(`messages:${requestId}`, async (signal) => {
    const { requestMessages } = await session.call(HelperJobMessagesQuery, { requestId }, { signal });
    return requestMessages.edges.map((edge) => edge.node);
  });
  // The customer's messages are read once they are on screen; a failure here changes nothing the
  // helper sees, so it is not reported.
  const shown = messages.status === 'done';
  useEffect(() => {
    if (shown && props.unread > 0) session.call(HelperMarkReadMutation, { requestId }).catch(() => undefined);
  }, [shown, props.unread, requestId, session]);

  return (
    <Conversation
      texts={{
        title: texts.conversationTitle(props.customerName),
        loading: texts.messagesLoading,
        loadFailed: texts.messagesFailed,
        retry: h.retry,
        none: texts.noMessages,
        you: texts.you,
        other: props.customerName,
        write: texts.write,
        send: texts.send,
        sending: texts.sending,
        empty: texts.empty,
        invalid: texts.invalid,
        closed: texts.closed,
        failed: texts.sendFailed,
        network: h.errors.network,
      }}
      ownRole="HELPER"
      messages={messages}
      reload={reload}
      closed={!props.canSend}
      send={(body) => session.call(HelperSendMessageMutation, { requestId, body })}
    />
  );
}

// Messaging on /graphql. Expected failures are errors with a stable extensions.code:
//   NOT_FOUND          the request or conversation is not one of yours (also for other sites' ids)
//   BAD_USER_INPUT     body (1–4,000 characters), helperId missing for customers and operators, cursor
//   CONFLICT + detail  CONVERSATION_CLOSED (request over, booked with another helper, or the helper's offer
//                      withdrawn or declined), CONTACTS_HIDDEN
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { ConversationService } from './conversation.service.js';
import { ConversationConnection, ConversationOutput, MessageConnection, MessageOutput, RequestContactOutput } from './dto/messaging.output.js';
import type { ConversationView, MessageView } from './message-rows.js';
import { MessageService } from './message.service.js';

const toMessage = (view: MessageView) => view as unknown as MessageOutput;
const toConversation = (view: ConversationView) => view as unknown as ConversationOutput;

@Resolver()
export class MessagingResolver {
  constructor(
    private readonly messages: MessageService,
    private readonly conversations: ConversationService,
  ) {}

  @Roles('customer', 'helper')
  @Mutation(() => MessageOutput, {
    description: 'Writes in the conversation of a request: its customer names the helper, a helper writes in their own. Contact details are hidden until that booking is confirmed.',
  })
  async sendMessage(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('body') body: string,
    @Args('helperId', { type: () => ID, nullable: true }) helperId?: string,
  ): Promise<MessageOutput> {
    return toMessage(await this.messages.sendMessage(ctx, { requestId, helperId, body }));
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => MessageConnection, { description: 'The messages of one conversation of a request, oldest first. Customers and operators name the helper.' })
  async requestMessages(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('helperId', { type: () => ID, nullable: true }) helperId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<MessageConnection> {
    const page = await this.messages.requestMessages(ctx, { requestId, helperId, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toMessage(edge.node) })) };
  }

  @Roles('customer', 'helper')
  @Mutation(() => ConversationOutput, { description: 'Marks a conversation read up to its latest message. Customers name the helper.' })
  async markConversationRead(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('helperId', { type: () => ID, nullable: true }) helperId?: string,
  ): Promise<ConversationOutput> {
    return toConversation(await this.messages.markConversationRead(ctx, { requestId, helperId }));
  }

  @Roles('customer', 'helper')
  @Query(() => ConversationConnection, { description: 'Your conversations as customer or helper, the most recent message first.' })
  async myConversations(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ConversationConnection> {
    const page = await this.conversations.myConversations(ctx, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toConversation(edge.node) })) };
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => [ConversationOutput], { description: "A request's thread: a conversation per helper on it (a helper sees only their own)." })
  async requestConversations(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string): Promise<ConversationOutput[]> {
    return (await this.conversations.requestConversations(ctx, { requestId })).map(toConversation);
  }

  @Roles('customer', 'helper')
  @Query(() => RequestContactOutput, { description: "The other side's name, email and phone once the booking is confirmed; before, CONFLICT with detail CONTACTS_HIDDEN." })
  async requestContacts(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string): Promise<RequestContactOutput> {
    return this.conversations.requestContacts(ctx, { requestId });
  }
}

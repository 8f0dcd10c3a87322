import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum MessageSenderRoleValue {
  CUSTOMER = 'customer',
  HELPER = 'helper',
}
registerEnumType(MessageSenderRoleValue, { name: 'MessageSenderRole' });

@ObjectType('Message', { description: 'A message in the conversation between a request’s customer and one helper.' })
export class MessageOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID, { description: 'The helper of the conversation.' }) helperId!: string;
  @Field(() => ID) senderId!: string;
  @Field(() => MessageSenderRoleValue) senderRole!: MessageSenderRoleValue;
  @Field({ description: 'As stored: contact details written before the booking was confirmed are replaced by a placeholder.' }) body!: string;
  @Field({ description: 'Whether contact details were replaced in this message.' }) redacted!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('MessageEdge')
export class MessageEdge {
  @Field() cursor!: string;
  @Field(() => MessageOutput) node!: MessageOutput;
}

@ObjectType('MessageConnection')
export class MessageConnection {
  @Field(() => [MessageEdge]) edges!: MessageEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('Conversation', { description: 'The conversation between a request’s customer and one helper on it.' })
export class ConversationOutput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) helperId!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { description: 'The other side for you; for operators, the helper.' }) counterpartId!: string;
  @Field() counterpartName!: string;
  @Field(() => MessageOutput, { nullable: true }) lastMessage!: MessageOutput | null;
  @Field(() => Int, { description: 'Messages of the other side you have not marked read; always 0 for operators.' }) unreadCount!: number;
  @Field({ description: 'Whether you may write in it now.' }) canSend!: boolean;
  @Field({ description: 'Whether the booking with this helper is confirmed, so requestContacts answers.' }) contactsShared!: boolean;
}

@ObjectType('ConversationEdge')
export class ConversationEdge {
  @Field() cursor!: string;
  @Field(() => ConversationOutput) node!: ConversationOutput;
}

@ObjectType('ConversationConnection')
export class ConversationConnection {
  @Field(() => [ConversationEdge]) edges!: ConversationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('RequestContact', { description: 'The other side of a confirmed booking.' })
export class RequestContactOutput {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: 'In international form (E.164), when they gave one.' }) phone!: string | null;
}

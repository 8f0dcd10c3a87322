import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationChannelValue } from './notification-enums.js';

@ObjectType('NotificationPreference', { description: 'How the signed-in person hears of one kind of notification.' })
export class NotificationPreferenceOutput {
  @Field({ description: 'The notification kind, e.g. booking.confirmed.' }) kind!: string;
  @Field() description!: string;
  @Field(() => [NotificationChannelValue], { description: 'The channels in use: the person’s choice, else the defaults. Empty: this kind is muted.' })
  channels!: NotificationChannelValue[];
  @Field(() => [NotificationChannelValue], { description: 'What Quartier uses until the person chooses.' }) defaultChannels!: NotificationChannelValue[];
  @Field(() => [NotificationChannelValue], { description: 'The channels this kind can be sent on. SMS goes to the phone on the account; without one, nothing is sent by SMS.' })
  availableChannels!: NotificationChannelValue[];
  @Field({ description: 'False while the defaults apply.' }) customized!: boolean;
}

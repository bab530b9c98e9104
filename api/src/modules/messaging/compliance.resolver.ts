import { wrap } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { Text } from '../../core/graphql/text.js';
import { Person, personById } from '../org/index.js';
import { ExportBasis, exportConversation } from './export.js';
import { LegalHold } from './legal-hold.entity.js';
import * as holds from './legal-holds.service.js';
import { ConversationOverview, ConversationOverviewList, overviewOf } from './moderation.resolver.js';

registerEnumType(ExportBasis, {
  name: 'ConversationExportBasis',
  description:
    'MEMBER: as its members see it; MODERATOR: a group or channel you moderate, as its members see it; LEGAL_HOLD: under a legal hold, with every version an edit, recall or removal replaced while the hold was in force.',
});

/** The file formats of a conversation export. */
export enum ConversationExportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ConversationExportFormat, { name: 'ConversationExportFormat', description: 'CSV (UTF-8 with BOM, opens in Excel) or JSON.' });

@ObjectType({ description: 'A conversation’s export, ready to save.' })
export class ConversationExportFile {
  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'Its media type.' })
  contentType!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  base64!: string;

  @Field(() => Int, { description: 'Messages in it.' })
  messages!: number;

  @Field(() => ExportBasis, { description: 'On what footing it was exported, which decides what it holds.' })
  basis!: ExportBasis;
}

@InputType({ description: 'A new legal hold: on one conversation, or on everything one person takes or took part in (give exactly one).' })
export class PlaceLegalHoldInput {
  @Field(() => ID, { nullable: true, description: 'The conversation to hold (any kind).' })
  conversationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The custodian: every conversation they are or were in is held, direct chats included.' })
  custodianId?: string | null;

  @Field(() => String, { description: 'Why, e.g. a case or matter reference (at most 500 characters).' })
  @Text(500)
  reason!: string;
}

@ObjectType({ description: 'A page of legal holds, newest first.' })
export class LegalHoldList extends ListOf(LegalHold, 'LegalHoldList', 'A page of legal holds, newest first.') {}

/** Legal holds and conversation exports. */
@Resolver(() => LegalHold)
export class ComplianceResolver {
  @Can('hold', 'Conversation')
  @Query(() => LegalHoldList, { description: 'The organisation’s legal holds, newest first.' })
  legalHolds(
    @Ctx() ctx: RequestContext,
    @Arg('active', () => Boolean, { nullable: true, description: 'true: those in force; false: released ones; unset: all.' }) active: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<LegalHoldList> {
    return holds.legalHolds(ctx, active ?? null, page);
  }

  @Can('hold', 'Conversation')
  @Mutation(() => LegalHold, {
    description:
      'Places a legal hold: while in force, retention deletes nothing it covers and edits, recalls and removals keep what they replace (seen in a LEGAL_HOLD export). Members are not told. Audited.',
  })
  placeLegalHold(@Ctx() ctx: RequestContext, @Arg('input', () => PlaceLegalHoldInput) input: PlaceLegalHoldInput): Promise<LegalHold> {
    return holds.placeLegalHold(ctx, input);
  }

  @Can('hold', 'Conversation')
  @Mutation(() => LegalHold, { description: 'Releases a legal hold; what it kept is subject to retention again. Audited.' })
  releaseLegalHold(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LegalHold> {
    return holds.releaseLegalHold(ctx, id);
  }

  @Can('read', 'Conversation')
  @Mutation(() => ConversationExportFile, {
    description:
      'Exports a conversation’s messages sent in [from, to) as CSV or JSON (times in UTC): a conversation you are in, a group or channel you moderate, or — with the right to place legal holds — one a hold covers. At most 20,000 messages at once (MESSAGING_EXPORT_TOO_LARGE: narrow the period). Audited.',
  })
  exportConversation(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('format', () => ConversationExportFormat) format: ConversationExportFormat,
    @Arg('from', () => Date, { nullable: true, description: 'Only messages sent at or after this time.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Only messages sent before this time.' }) to: Date | null,
  ): Promise<ConversationExportFile> {
    return exportConversation(ctx, conversationId, { format, from, to });
  }

  @FieldResolver(() => ConversationOverview, { nullable: true, description: 'The conversation held (null for a custodian’s hold).' })
  conversation(@Root() hold: LegalHold): ConversationOverview | null {
    return hold.conversation && wrap(hold.conversation).isInitialized() ? overviewOf(hold.conversation) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The custodian whose every conversation is held (null for one conversation’s hold, or if you may not see them).' })
  custodian(@Root() hold: LegalHold, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return hold.custodian ? ctx.loader(personById).load(hold.custodian.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who placed it (null if you may not see them).' })
  placedBy(@Root() hold: LegalHold, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return hold.placedBy ? ctx.loader(personById).load(hold.placedBy.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who released it (null while in force, or if you may not see them).' })
  releasedBy(@Root() hold: LegalHold, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return hold.releasedBy ? ctx.loader(personById).load(hold.releasedBy.id) : null;
  }

  @FieldResolver(() => ConversationOverviewList, { description: 'The conversations it covers: its one conversation, or every one its custodian is or was in (what they are, not what was said).' })
  async conversations(@Root() hold: LegalHold, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ConversationOverviewList> {
    const { items, totalCount } = await holds.heldConversations(ctx, hold, page);
    return { items: items.map(overviewOf), totalCount };
  }
}

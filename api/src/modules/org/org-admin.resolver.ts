import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType, type SubscribeResolverData } from 'type-graphql';
import { Can, SignedIn } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { translate } from '../../core/i18n/i18n.js';
import { JobRank } from './job-rank.entity.js';
import * as jobRanks from './job-rank.service.js';
import { followImport, ImportStage, runImport, type ImportProgress as Progress } from './org-import.service.js';
import { Text, TextArgs } from '../../core/graphql/text.js';

export enum ImportKind {
  DEPARTMENTS = 'DEPARTMENTS',
  PEOPLE = 'PEOPLE',
}
registerEnumType(ImportKind, { name: 'ImportKind', description: 'What a CSV file contains.' });
registerEnumType(ImportStage, {
  name: 'ImportStage',
  description: 'The steps of an import: CHECKING the rows, SAVING them, VERIFYING the result (e.g. no reporting loops), DONE.',
});

@ObjectType({ description: 'Where a running import is.' })
export class ImportProgress {
  @Field(() => ImportStage, { description: 'The current step; DONE is the last message, whatever the outcome (the mutation returns the report).' })
  stage!: ImportStage;

  @Field(() => Int, { description: 'Rows the current step has handled so far.' })
  processedRows!: number;

  @Field(() => Int, { description: 'Rows in the file.' })
  totalRows!: number;
}

@ObjectType({ description: 'A problem in one row of an imported CSV file.' })
export class ImportProblem {
  @Field(() => Int, { description: 'Row number, counting the first row after the header as 1.' })
  row!: number;

  @Field(() => String, { description: 'Column name.' })
  field!: string;

  @Field(() => String, { description: 'Problem code, e.g. REQUIRED or UNKNOWN_REFERENCE.' })
  code!: string;

  @Field(() => String, { description: 'The problem in the caller’s language.' })
  message!: string;
}

@ObjectType({ description: 'What an import did. When any row has a problem nothing is written (applied = false).' })
export class ImportReport {
  @Field(() => Boolean, { description: 'Whether the changes were saved (false for dry runs and files with problems).' })
  applied!: boolean;

  @Field(() => Int, { description: 'Rows that created a new record.' })
  created!: number;

  @Field(() => Int, { description: 'Rows that changed an existing record (matched by external_id).' })
  updated!: number;

  @Field(() => Int, { description: 'Rows that matched an existing record and changed nothing.' })
  unchanged!: number;

  @Field(() => [ImportProblem], { description: 'Every problem found, by row.' })
  problems!: ImportProblem[];
}

@InputType({ description: 'A new job rank.' })
export class CreateJobRankInput {
  @Field(() => String, { description: 'Short code, e.g. P5.' })
  @Text(20)
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 高級工程師.' })
  @Text(100)
  name!: string;

  @Field(() => Int, { description: 'Seniority (higher is more senior).' })
  level!: number;
}

/** Job ranks and CSV import. */
@Resolver()
export class OrgAdminResolver {
  @Can('read', 'JobRank')
  @Query(() => [JobRank], { description: 'Job ranks, most senior last.' })
  jobRanks(@Ctx() ctx: RequestContext): Promise<JobRank[]> {
    return jobRanks.listJobRanks(ctx);
  }

  @Can('create', 'JobRank')
  @Mutation(() => JobRank, { description: 'Adds a job rank.' })
  createJobRank(@Ctx() ctx: RequestContext, @Arg('input', () => CreateJobRankInput) input: CreateJobRankInput): Promise<JobRank> {
    return jobRanks.createJobRank(ctx, input);
  }

  // The permission depends on `kind` (import Department or import Person): the service checks it.
  @SignedIn()
  @TextArgs({ csv: { max: 1_000_000, multiline: true }, progressKey: { max: 100 } })
  @Mutation(() => ImportReport, {
    description:
      'Imports departments or people from CSV, matching on external_id (safe to re-run), all rows or none. Each row is saved as the mutations would save it (createDepartment, renameDepartment, moveDepartment; createPerson, updatePerson, addPersonToDepartment, updateMembership), with their permission checks and rules: a row they would refuse is reported with the same code, and each created or changed record records its own event (plus one for the import). Imports create no sign-ins; a new work_email for someone who signs in moves their sign-in and ends their sessions under the rules of updatePerson (row problems EMAIL_DOMAIN_NOT_CLAIMED, TARGET_HOLDS_MORE_RIGHTS, EMAIL_TAKEN).',
  })
  async importOrganizationCsv(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv', () => String, { description: 'The file content (UTF-8, header row first).' }) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report without saving.' }) dryRun: boolean,
    @Arg('progressKey', () => String, {
      nullable: true,
      description: 'A key you chose (8–100 letters, digits, - or _) to follow this import with the importProgress subscription.',
    })
    progressKey?: string | null,
  ): Promise<ImportReport> {
    const report = await runImport(ctx, kind, csv, dryRun, progressKey ?? null);
    return {
      ...report,
      problems: report.problems.map((p) => ({ row: p.row, field: p.field, code: p.code, message: translate(p.code, ctx.locale, p.params ?? {}) })),
    };
  }

  @SignedIn()
  @TextArgs({ progressKey: { max: 100 } })
  @Subscription(() => ImportProgress, {
    description: 'Follows your own import started with the same progressKey: one message per step, ending with DONE. Subscribe before starting the import.',
    subscribe: ({ context, args }: SubscribeResolverData<unknown, { progressKey: string }, RequestContext>) => followImport(context, args.progressKey),
  })
  importProgress(@Root() progress: Progress, @Arg('progressKey', () => String, { description: 'The key passed to importOrganizationCsv.' }) _progressKey: string): Progress {
    return progress;
  }
}

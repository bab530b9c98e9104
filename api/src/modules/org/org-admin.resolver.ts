import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType, type SubscribeResolverData } from 'type-graphql';
import { Can, SignedIn } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { translate } from '../../core/i18n/i18n.js';
import { JobRank } from './job-rank.entity.js';
import * as jobRanks from './job-rank.service.js';
import { followImport, importTemplate, ImportStage, runImport, type ImportProgress as Progress } from './org-import.service.js';
import { Text, TextArgs } from '../../core/graphql/text.js';

export enum ImportKind {
  DEPARTMENTS = 'DEPARTMENTS',
  PEOPLE = 'PEOPLE',
}

export enum ImportFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFileFormat, { name: 'ImportFileFormat', description: 'The kinds of file an import reads: CSV (any common encoding) or an Excel workbook.' });
registerEnumType(ImportKind, { name: 'ImportKind', description: 'What an import file contains.' });
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

@ObjectType({ description: 'A problem in one row of an imported file.' })
export class ImportProblem {
  @Field(() => Int, { description: 'Row number as Excel shows it: the header is row 1, the first data row is row 2.' })
  row!: number;

  @Field(() => String, { description: 'Column key, e.g. department_external_ids.' })
  field!: string;

  @Field(() => String, { description: 'The column’s header as the file wrote it (e.g. 所屬部門), or the key when the file has no such column.' })
  column!: string;

  @Field(() => String, { nullable: true, description: 'The offending cell’s content; null when the problem concerns no single cell of the file.' })
  value!: string | null;

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

  @Field(() => ImportFileFormat, { description: 'How the file was read: CSV or XLSX.' })
  format!: ImportFileFormat;

  @Field(() => String, { nullable: true, description: 'The text encoding a CSV file was read in (UTF-8, UTF-16LE, UTF-16BE, Big5-HKSCS or GB18030); null for XLSX.' })
  encoding!: string | null;
}

@ObjectType({ description: 'A file to download.' })
export class DownloadFile {
  @Field(() => String, { description: 'Suggested file name, e.g. 人員.xlsx.' })
  fileName!: string;

  @Field(() => String, { description: 'The file’s media type.' })
  mediaType!: string;

  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  content!: string;
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
  @Query(() => DownloadFile, {
    description: 'An Excel template for an import, in the caller’s language: the headers the import reads and an example row.',
  })
  async organizationImportTemplate(@Ctx() ctx: RequestContext, @Arg('kind', () => ImportKind, { description: 'What the file is for.' }) kind: ImportKind): Promise<DownloadFile> {
    const template = await importTemplate(ctx, kind);
    return { fileName: template.fileName, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: template.content.toString('base64') };
  }

  // As for the template, the service checks the permission of `kind`.
  @SignedIn()
  @TextArgs({ csv: { max: 1_000_000, multiline: true }, file: { max: 1_400_000 }, progressKey: { max: 100 } })
  @Mutation(() => ImportReport, {
    description:
      'Imports departments or people from a CSV file or an Excel workbook (the first sheet; headers as in organizationImportTemplate or the column keys), matching on external_id (safe to re-run), all rows or none. Each row is saved as the mutations would save it (createDepartment, renameDepartment, moveDepartment; createPerson, updatePerson, addPersonToDepartment, updateMembership), with their permission checks and rules: a row they would refuse is reported with the same code, and each created or changed record records its own event (plus one for the import). Imports create no sign-ins; a new work_email for someone who signs in moves their sign-in and ends their sessions under the rules of updatePerson (row problems EMAIL_DOMAIN_NOT_CLAIMED, TARGET_HOLDS_MORE_RIGHTS, EMAIL_TAKEN).',
  })
  async importOrganizationCsv(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv', () => String, { nullable: true, description: 'The file content as text (header row first); give this or file.' }) csv: string | null | undefined,
    @Arg('file', () => String, {
      nullable: true,
      description:
        'The file’s bytes, base64-encoded: an .xlsx workbook, or CSV in UTF-8 (with or without BOM), UTF-16, Big5/Big5-HKSCS or GB18030, detected and named in the report. Text that does not decode cleanly is refused (FILE_ENCODING_INVALID). Give this or csv.',
    })
    file: string | null | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report without saving.' }) dryRun: boolean,
    @Arg('progressKey', () => String, {
      nullable: true,
      description: 'A key you chose (8–100 letters, digits, - or _) to follow this import with the importProgress subscription.',
    })
    progressKey?: string | null,
  ): Promise<ImportReport> {
    const report = await runImport(ctx, kind, { csv, file }, dryRun, progressKey ?? null);
    return {
      ...report,
      format: report.format === 'XLSX' ? ImportFileFormat.XLSX : ImportFileFormat.CSV,
      encoding: report.encoding ?? null,
      problems: report.problems.map((p) => ({
        row: p.row,
        field: p.field,
        column: p.column ?? p.field,
        value: p.value ?? null,
        code: p.code,
        message: translate(p.code, ctx.locale, p.params ?? {}),
      })),
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

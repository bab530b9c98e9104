import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { registerModules } from '../src/app/create-app.js';
import { openDatabase } from '../src/app/database.js';
import { buildAppSchema, printAppSchema } from '../src/app/schema.js';
import { loadConfig, projectRoot } from '../src/config/config.js';
import { ormConfig } from '../src/config/orm.config.js';
import { allEvents, eventJsonSchema } from '../src/core/events/catalog.js';
import { embeddedListFields } from '../src/core/graphql/limits.js';
import { createLogger } from '../src/core/logging.js';

/**
 * The generated contracts: `emit` writes schema/schema.graphql (and schema/embedded-lists.json: the fields the cost rule
 * weighs 1, which SDL cannot show, for tools that check documents against the SDL — the console's operations spec); `migration [name]` generates a migration from the
 * entities (on a scratch database migrated to the latest); `check` fails when either has drifted from the code.
 */
const [command, name] = process.argv.slice(2);
const schemaFile = join(projectRoot, 'schema/schema.graphql');
const eventsDir = join(projectRoot, 'schema/events');
const embeddedFile = join(projectRoot, 'schema/embedded-lists.json');

/** schema/events/<type>.schema.json for every declared event, as file name → content. */
function eventSchemaFiles(): Map<string, string> {
  return new Map(allEvents().map((definition) => [`${definition.type}.schema.json`, `${JSON.stringify(eventJsonSchema(definition), null, 2)}\n`]));
}

async function withScratchOrm<T>(work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...process.env, HARBOUR_DATA_DIR: process.env.HARBOUR_DATA_DIR ?? '.data/contracts' });
  const logger = createLogger('warn');
  const database = await openDatabase(config, logger, false);
  const scratch = new URL(database.url);
  scratch.pathname = `/harbour_contracts_${process.pid}`;
  const admin = new URL(database.url);
  admin.pathname = '/postgres';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${scratch.pathname.slice(1)}"`);
  await client.query(`create database "${scratch.pathname.slice(1)}"`);
  const orm = await MikroORM.init(ormConfig(scratch.toString()));
  try {
    await orm.migrator.up();
    return await work(orm);
  } finally {
    await orm.close(true);
    await client.query(`drop database if exists "${scratch.pathname.slice(1)}"`);
    await client.end();
    await database.embedded?.stop();
  }
}

async function main(): Promise<void> {
  registerModules();
  const schema = await buildAppSchema();
  const sdl = printAppSchema(schema);
  const embedded = `${JSON.stringify(embeddedListFields(schema), null, 2)}\n`;
  if (command === 'emit') {
    writeFileSync(schemaFile, sdl);
    writeFileSync(embeddedFile, embedded);
    rmSync(eventsDir, { recursive: true, force: true });
    mkdirSync(eventsDir, { recursive: true });
    for (const [file, content] of eventSchemaFiles()) writeFileSync(join(eventsDir, file), content);
    console.log('wrote schema/schema.graphql, schema/embedded-lists.json and schema/events/');
  } else if (command === 'migration') {
    await withScratchOrm(async (orm) => {
      const result = await orm.migrator.create(undefined, false, false, name);
      console.log(result.fileName ? `created migrations/${result.fileName}` : 'no changes: entities match the migrations');
    });
  } else if (command === 'check') {
    let failed = false;
    if (readFileSync(schemaFile, 'utf8') !== sdl) {
      console.error('schema/schema.graphql is out of date: run `npm run contracts:emit -w api` and commit it.');
      failed = true;
    }
    if (!existsSync(embeddedFile) || readFileSync(embeddedFile, 'utf8') !== embedded) {
      console.error('schema/embedded-lists.json is out of date: run `npm run contracts:emit -w api` and commit it.');
      failed = true;
    }
    const expected = eventSchemaFiles();
    const present = existsSync(eventsDir) ? readdirSync(eventsDir) : [];
    const stale = present.filter((file) => !expected.has(file) || readFileSync(join(eventsDir, file), 'utf8') !== expected.get(file));
    const missing = [...expected.keys()].filter((file) => !present.includes(file));
    if (stale.length || missing.length) {
      console.error(`schema/events/ is out of date (${[...stale, ...missing].join(', ')}): run \`npm run contracts:emit -w api\`.`);
      failed = true;
    }
    await withScratchOrm(async (orm) => {
      if (await orm.migrator.checkSchema()) {
        console.error('Entities differ from the migrations: run `npm run migration:create -w api -- <name>` and commit it.');
        failed = true;
      }
    }).catch((error) => {
      console.error(error);
      failed = true;
    });
    if (!failed) console.log('contracts are current: schema.graphql and migrations match the code');
    process.exit(failed ? 1 : 0);
  } else {
    console.error('usage: contracts.ts emit | migration [name] | check');
    process.exit(2);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';

// Prisma's own schema parser (WebAssembly), giving the same datamodel the generated client is built from.
const { get_dmmf: getDmmf } = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as {
  get_dmmf(params: string): string;
};

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; dbName?: string | null; values: { name: string }[] }[];
  indexes: DmmfIndex[];
}

const datamodel: Datamodel = JSON.parse(
  getDmmf(JSON.stringify({ prismaSchema: readFileSync('prisma/schema.prisma', 'utf8') })),
).datamodel;

/** The PostgreSQL type Prisma maps each scalar (and native type) to. */
function expectedUdtName(field: DmmfField): string {
  if (field.kind === 'enum') return field.type;
  const native = field.nativeType?.[0];
  const byNative: Record<string, string> = { Uuid: 'uuid', Timestamptz: 'timestamptz', Date: 'date', Text: 'text', Decimal: 'numeric' };
  if (native) return byNative[native] ?? native.toLowerCase();
  const byScalar: Record<string, string> = {
    String: 'text',
    Int: 'int4',
    BigInt: 'int8',
    Float: 'float8',
    Boolean: 'bool',
    DateTime: 'timestamp',
    Json: 'jsonb',
    Decimal: 'numeric',
    Bytes: 'bytea',
  };
  return byScalar[field.type];
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function columnsOf(table: string) {
  const { rows } = await client.query<{ column_name: string; udt_name: string; is_nullable: 'YES' | 'NO' }>(
    `SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Map(rows.map((row) => [row.column_name, row]));
}

/** Index name -> { unique, columns in order }. */
async function indexesOf(table: string) {
  const { rows } = await client.query<{ index_name: string; is_unique: boolean; columns: string[] }>(
    `SELECT i.relname AS index_name, ix.indisunique AS is_unique,
            array_agg(a.attname::text ORDER BY k.ordinality) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ordinality)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE t.relname = $1
      GROUP BY i.relname, ix.indisunique`,
    [table],
  );
  return rows;
}

describe('schema.prisma and the migrations agree', () => {
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (field: DmmfField) => field.dbName ?? field.name;

  it.each(datamodel.enums.map((enumeration) => [enumeration.name, enumeration] as const))(
    'enum %s exists with the same values in the same order',
    async (_name, enumeration) => {
      const { rows } = await client.query<{ label: string }>(
        `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [enumeration.dbName ?? enumeration.name],
      );
      expect(rows.map((row) => row.label)).toEqual(enumeration.values.map((value) => value.name));
    },
  );

  it.each(datamodel.models.map((model) => [model.name, model] as const))(
    'model %s: every field is a column of the right type and nullability',
    async (_name, model) => {
      const columns = await columnsOf(tableOf(model));
      expect(columns.size).toBeGreaterThan(0);
      const mismatches: string[] = [];
      for (const field of model.fields.filter((candidate) => candidate.kind === 'scalar' || candidate.kind === 'enum')) {
        const column = columns.get(columnOf(field));
        if (!column) {
          mismatches.push(`${field.name}: missing`);
          continue;
        }
        const expectedType = (field.isList ? '_' : '') + expectedUdtName(field);
        if (column.udt_name !== expectedType) mismatches.push(`${field.name}: ${column.udt_name} != ${expectedType}`);
        const nullable = column.is_nullable === 'YES';
        if (nullable !== (!field.isRequired || field.isList)) {
          mismatches.push(`${field.name}: nullable=${nullable}, schema says required=${field.isRequired}`);
        }
      }
      const known = new Set(model.fields.map(columnOf));
      for (const name of columns.keys()) if (!known.has(name)) mismatches.push(`${name}: column not in schema.prisma`);
      expect(mismatches).toEqual([]);
    },
  );

  it.each(datamodel.indexes.map((index) => [`${index.model} ${index.type} (${index.fields.map((f) => f.name).join(', ')})`, index] as const))(
    'index %s exists with the same columns and uniqueness',
    async (_label, index) => {
      const model = datamodel.models.find((candidate) => candidate.name === index.model) as DmmfModel;
      const columns = index.fields.map((indexed) => columnOf(model.fields.find((field) => field.name === indexed.name) as DmmfField));
      const found = (await indexesOf(tableOf(model))).filter(
        (existing) => existing.columns.join(',') === columns.join(',') && existing.is_unique === (index.type !== 'normal'),
      );
      expect(found.map((existing) => existing.index_name)).toHaveLength(1);
    },
  );

  it.each(
    datamodel.models.flatMap((model) =>
      model.fields
        .filter((field) => field.kind === 'object' && field.relationFromFields?.length)
        .map((field) => [`${model.name}.${field.name}`, model, field] as const),
    ),
  )('relation %s has a foreign key', async (_label, model, field) => {
    const { rows } = await client.query<{ columns: string[] }>(
      `SELECT array_agg(a.attname::text ORDER BY k.ordinality) AS columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ordinality)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE c.contype = 'f' AND t.relname = $1
        GROUP BY c.oid`,
      [tableOf(model)],
    );
    const expected = (field.relationFromFields as string[])
      .map((name) => columnOf(model.fields.find((candidate) => candidate.name === name) as DmmfField))
      .join(',');
    expect(rows.map((row) => row.columns.join(','))).toContain(expected);
  });
});

-- Full-text search over the catalogue. Expression indexes cannot be declared in schema.prisma,
-- so they live only here; apps/api/src/app/catalogue uses the same expressions.

-- CreateFunction
CREATE FUNCTION "stacks_search_document"(title TEXT, body TEXT, extra TEXT, tags TEXT[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
              || setweight(to_tsvector('english'::regconfig, coalesce(extra, '') || ' ' || coalesce(array_to_string(tags, ' '), '')), 'B')
              || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') $$;

-- CreateIndex
CREATE INDEX "Program_search_idx" ON "Program" USING GIN ("stacks_search_document"("title", "summary" || ' ' || "description" || ' ' || "audience", "acronym", "tags"));

-- CreateIndex
CREATE INDEX "Session_search_idx" ON "Session" USING GIN ("stacks_search_document"("title", "description", "location", NULL::TEXT[]));

/**
 * The association's home time zone: the schema's default for sessions and member profiles, and
 * the zone used for a learner who has no profile yet. One constant, checked against
 * schema.prisma by its spec, so code and column defaults cannot disagree.
 */
export const DEFAULT_TIME_ZONE = 'America/Chicago';

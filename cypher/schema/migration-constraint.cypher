// One record per migration version: two instances starting at once on an empty database both apply the
// (idempotent) schema commands, and the second to record the migration is refused here, not duplicated.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE

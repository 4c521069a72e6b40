// Records one applied schema migration.
CREATE (:__Migration {version: $version, description: $description, checksum: $checksum, appliedAt: datetime()})

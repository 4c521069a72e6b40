// The schema migrations already applied, with the checksum each had then.
MATCH (m:__Migration)
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version

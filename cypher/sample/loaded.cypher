// The marker a completed sample load leaves behind, if any.
MATCH (d:__Dataset {name: $name})
RETURN d.fingerprint AS fingerprint

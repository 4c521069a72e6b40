// Waits until every index is online (the full-text index populates in the background).
CALL db.awaitIndexes(300)

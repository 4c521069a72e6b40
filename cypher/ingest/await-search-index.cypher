// Waits until the full-text indexes of search hold every committed write: they are updated after the
// commit (V005__search_index_off_the_commit), so a writer calls this before it says it is done.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()

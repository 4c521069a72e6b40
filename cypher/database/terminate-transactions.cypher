// Ends transactions at once, e.g. those of a request whose client went away or whose deadline passed.
TERMINATE TRANSACTIONS $ids

// The derived COOPERATES_WITH edges no longer carry the id of the derivation run that wrote them (issue 16):
// they are re-derived per institution now, and `run` was bookkeeping no client should see.
MATCH ()-[c:COOPERATES_WITH]->()
WHERE c.run IS NOT NULL
REMOVE c.run;

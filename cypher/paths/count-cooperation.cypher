// How many derived COOPERATES_WITH edges there are (from the count store), for the rebuild command's summary.
MATCH ()-[c:COOPERATES_WITH]->()
RETURN count(c) AS edges

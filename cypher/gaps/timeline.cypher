// What the network held and gained year by year, for timeline(from, to): one query for all the years, its rows
// grouped so that Java (TimelineCounter) adds them up per year.
// - NODE rows: the nodes of $kinds by kind and span: `first` the year of their since (null: no since, there
//   since ever), `last` the last year at whose end they still existed (an until of 31 December counts its year;
//   null: no until). A node exists at the end of year Y when first <= Y <= last; it is new in Y when first = Y.
// - TIE rows: new ties by kind and the year they began, from $from to $to. A participation ($participation) of
//   an institution begins at the later of its own since and the thing's since (it cannot start before the
//   thing, the rule COOPERATES_WITH is derived by); a derived COOPERATES_WITH begins at its since (the earliest
//   start of what the two share). Undated ties are counted in no year.
CALL () {
  MATCH (n:Entity)
  WHERE n.kind IN $kinds
  RETURN 'NODE' AS counted, n.kind AS kind, n.since.year AS first,
         CASE WHEN n.until IS NULL THEN null
              WHEN n.until.month = 12 AND n.until.day = 31 THEN n.until.year
              ELSE n.until.year - 1 END AS last, count(*) AS count
  UNION ALL
  MATCH (:Institution)-[p]->(x:Entity)
  WHERE type(p) IN $participation
  WITH type(p) AS kind, CASE WHEN p.since IS NULL THEN x.since
                             WHEN x.since IS NULL OR p.since >= x.since THEN p.since
                             ELSE x.since END AS since
  WHERE since.year >= $from AND since.year <= $to
  RETURN 'TIE' AS counted, kind, since.year AS first, null AS last, count(*) AS count
  UNION ALL
  MATCH (:Institution)-[c:COOPERATES_WITH]->(:Institution)
  WHERE c.since.year >= $from AND c.since.year <= $to
  RETURN 'TIE' AS counted, 'COOPERATES_WITH' AS kind, c.since.year AS first, null AS last, count(*) AS count
}
RETURN counted, kind, first, last, count

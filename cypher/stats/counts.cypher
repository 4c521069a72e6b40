// The number of nodes of every kind and edges of every kind, each read from Neo4j's count store
// (no scan). A test checks that every Kind and EdgeKind has its column here.
RETURN {
  REGION: COUNT { (:Region) },
  COUNTRY: COUNT { (:Country) },
  INSTITUTION: COUNT { (:Institution) },
  JOINT_LAB: COUNT { (:JointLab) },
  TRANSFER_CENTER: COUNT { (:TransferCenter) },
  INDUSTRIAL_PARK: COUNT { (:IndustrialPark) },
  DEMO_CENTER: COUNT { (:DemoCenter) },
  PROJECT: COUNT { (:Project) },
  ACTIVITY: COUNT { (:Activity) },
  AGREEMENT: COUNT { (:Agreement) },
  FIELD: COUNT { (:Field) }
} AS nodes, {
  IN_REGION: COUNT { ()-[:IN_REGION]->() },
  PART_OF: COUNT { ()-[:PART_OF]->() },
  LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() },
  RELATED_TO: COUNT { ()-[:RELATED_TO]->() },
  SUCCEEDS: COUNT { ()-[:SUCCEEDS]->() },
  PARTNER_OF: COUNT { ()-[:PARTNER_OF]->() },
  OPERATES: COUNT { ()-[:OPERATES]->() },
  PARTICIPATES_IN: COUNT { ()-[:PARTICIPATES_IN]->() },
  RUNS: COUNT { ()-[:RUNS]->() },
  ORGANISES: COUNT { ()-[:ORGANISES]->() },
  ATTENDS: COUNT { ()-[:ATTENDS]->() },
  SIGNED: COUNT { ()-[:SIGNED]->() },
  SERVES: COUNT { ()-[:SERVES]->() },
  IN_FIELD: COUNT { ()-[:IN_FIELD]->() },
  COOPERATES_WITH: COUNT { ()-[:COOPERATES_WITH]->() }
} AS edges

package org.innograph.network;

import org.neo4j.driver.Value;

/**
 * One item of a child list as the child-list queries return it: the values of the node's properties asked
 * for, in their order ({@link NodeProperties}), and the edge's properties, or null when not asked for.
 */
record Neighbour(Value node, Value edge) {
}

package org.innograph.gaps;

import java.util.List;

/**
 * One gap: its code, why it is one in words, the ids of the nodes involved (the node with the gap first),
 * and a figure where one measures it (a region pair's tie, an institution's projects).
 */
public record Gap(GapCode code, String reason, List<String> nodeIds, Double value) {
}

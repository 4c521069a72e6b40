package org.innograph.gaps;

/** The plugin that runs the network algorithms, and its version. */
public record GraphEngine(String plugin, String version) {
}

package org.innograph.network;

/**
 * The kinds of node in the network. Each is a Neo4j label (beside the common {@code :Entity} label that
 * carries the unique id), a GraphQL type of the same name, and a prefix of its public ids.
 */
public enum Kind {
    REGION("Region", "region"),
    COUNTRY("Country", "country"),
    INSTITUTION("Institution", "ror"),
    JOINT_LAB("JointLab", "lab"),
    TRANSFER_CENTER("TransferCenter", "tc"),
    INDUSTRIAL_PARK("IndustrialPark", "park"),
    DEMO_CENTER("DemoCenter", "demo"),
    PROJECT("Project", "project"),
    ACTIVITY("Activity", "activity"),
    AGREEMENT("Agreement", "agreement"),
    FIELD("Field", "field");

    private final String label;
    private final String idPrefix;

    Kind(String label, String idPrefix) {
        this.label = label;
        this.idPrefix = idPrefix;
    }

    /** The Neo4j label, which is also the GraphQL type name. */
    public String label() {
        return label;
    }

    /** What the public ids of this kind start with, before their colon, e.g. {@code country}. */
    public String idPrefix() {
        return idPrefix;
    }

    /** The public id of the node of this kind with the given key, e.g. {@code country:KE}. */
    public String id(String key) {
        return idPrefix + ":" + key;
    }
}

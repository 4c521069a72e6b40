package org.innograph.export;

/** A column of an export: a property's name and the type declared for it. */
record Attribute(String name, AttributeType type) {
}

package org.innograph.regions;

import org.innograph.network.Country;
import org.innograph.network.Institution;

/** An institution on one side of a connection, where it sits, and its role in the connecting node. */
public record Evidence(Institution institution, Country country, String role) {
}

package org.innograph.gaps;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.Kind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code coverage}. */
@Controller
class CoverageController {

    private final CoverageCounter counter;

    CoverageController(CoverageCounter counter) {
        this.counter = counter;
    }

    @QueryMapping
    Coverage coverage(@Argument CoverageGroup groupBy, @Argument List<Kind> kinds, @Argument List<String> fields,
            @Argument LocalDate asOf, @Argument int first) {
        return counter.count(groupBy, kinds, fields, asOf, first);
    }
}

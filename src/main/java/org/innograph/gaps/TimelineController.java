package org.innograph.gaps;

import java.util.List;

import org.innograph.network.Kind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code timeline}. */
@Controller
class TimelineController {

    private final TimelineCounter counter;

    TimelineController(TimelineCounter counter) {
        this.counter = counter;
    }

    @QueryMapping
    Timeline timeline(@Argument int from, @Argument int to, @Argument List<Kind> kinds) {
        return counter.count(from, to, kinds);
    }
}

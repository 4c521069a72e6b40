package org.innograph.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The opposite of {@link EmbeddedModeCondition}. */
class ExternalModeCondition extends SpringBootCondition {

    private final EmbeddedModeCondition embedded = new EmbeddedModeCondition();

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionOutcome outcome = embedded.getMatchOutcome(context, metadata);
        return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
    }
}

package org.innograph.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external Neo4j URI is configured. */
class EmbeddedModeCondition extends SpringBootCondition {

    static final String URI_PROPERTY = "innograph.neo4j.uri";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean embedded = Binder.get(context.getEnvironment()).bindOrCreate("innograph.neo4j", DatabaseProperties.class)
                .embeddedMode();
        return embedded
                ? ConditionOutcome.match("no " + URI_PROPERTY + ": embedded Neo4j")
                : ConditionOutcome.noMatch(URI_PROPERTY + " is set: external Neo4j");
    }
}

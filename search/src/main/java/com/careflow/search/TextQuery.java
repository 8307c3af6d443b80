package com.careflow.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The full-text part of a search. The standard analyzer cuts Chinese into single characters, so "陪诊" would also
 * match 陪 and 诊 far apart; all words must match (AND), and the phrase clause lifts documents where they stand
 * together, as the word the user meant.
 */
final class TextQuery {

    static final float PHRASE_BOOST = 2f;

    private TextQuery() {
    }

    static Query of(String text, List<String> fields) {
        if (text == null || text.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.BestFields)
                        .operator(Operator.And)))
                .should(s -> s.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.Phrase)
                        .boost(PHRASE_BOOST)))
                .minimumShouldMatch("1")));
    }
}

package com.careflow.portal.payout;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.StatementStatus;

/** Statements by status, provider and week, newest week first; at most {@value #LIMIT} (a page of a year). */
@Component
class StatementSearch {

    static final int LIMIT = 500;

    private final MongoTemplate mongo;

    StatementSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<SettlementStatement> find(StatementStatus status, String providerId, LocalDate week) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (providerId != null) {
            criteria = criteria.and("providerId").is(providerId);
        }
        if (week != null) {
            criteria = criteria.and("periodStart").is(week);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("providerId")))
                .limit(LIMIT);
        return mongo.find(query, SettlementStatement.class);
    }
}

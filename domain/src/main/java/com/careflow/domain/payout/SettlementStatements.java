package com.careflow.domain.payout;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Settlement statements, one per provider and week (id {@code <providerId>:<week start>}). */
public interface SettlementStatements extends MongoRepository<SettlementStatement, String> {

    List<SettlementStatement> findByProviderIdOrderByPeriodStartDesc(String providerId);

    List<SettlementStatement> findByStatus(StatementStatus status);
}

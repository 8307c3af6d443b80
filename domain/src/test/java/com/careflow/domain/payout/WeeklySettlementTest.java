package com.careflow.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.JournalEntries;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;

/** The weekly settlement against the domain's real context: ledger entries in, statements out, once per week. */
@DomainMongoTest
@Import(WeeklySettlementTest.Clocks.class)
class WeeklySettlementTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate WEEK = LocalDate.parse("2026-11-23"); // a Monday
    private static final CommissionRate TWENTY = new CommissionRate(new BigDecimal("0.20"), "commission@2");
    private static final CommissionRate TEN = new CommissionRate(new BigDecimal("0.10"), "commission@2");

    @Autowired
    WeeklySettlement settlement;
    @Autowired
    MoneyMovements movements;
    @Autowired
    SettlementStatements statements;
    @Autowired
    JournalEntries journal;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void empty() {
        journal.deleteAll();
        statements.deleteAll();
    }

    @Test
    void aWeekOfCompletionsBecomesOneStatementPerProviderWithTheLedgersSplit() {
        complete("O1", "p1", 19900, TWENTY, "2026-11-23T09:00:00");
        complete("O2", "p1", 10000, TEN, "2026-11-29T23:59:00");
        complete("O3", "p2", 5000, TWENTY, "2026-11-25T10:00:00");
        complete("O4", "p1", 7000, TWENTY, "2026-11-30T00:00:00"); // next week: after the cut-off

        var open = settleAt("2026-11-30T02:00:00");

        assertThat(open).extracting(SettlementStatement::getId).containsExactly("p1:2026-11-23", "p2:2026-11-23");
        SettlementStatement p1 = open.getFirst();
        assertThat(p1.getLines()).extracting(StatementLine::orderNumber).containsExactly("O1", "O2");
        assertThat(p1.getLines().getFirst().commission()).isEqualTo(Money.fen(3980));
        assertThat(p1.getLines().getFirst().rate()).isEqualByComparingTo("0.20");
        assertThat(p1.getLines().getFirst().decision()).isEqualTo("commission@2");
        assertThat(p1.getGross()).isEqualTo(Money.fen(29900));
        assertThat(p1.getCommission()).isEqualTo(Money.fen(3980 + 1000));
        assertThat(p1.getNet()).isEqualTo(Money.fen(15920 + 9000));
        assertThat(p1.getStatus()).isEqualTo(StatementStatus.CREATED);
        assertThat(p1.getPeriodEnd()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aRepeatedRunCreatesNothingNewAndHandsBackOnlyStatementsNotTakenUp() {
        complete("O1", "p1", 19900, TWENTY, "2026-11-24T09:00:00");
        complete("O2", "p2", 5000, TWENTY, "2026-11-25T10:00:00");
        settleAt("2026-11-30T02:00:00");
        SettlementStatement taken = statements.findById("p1:2026-11-23").orElseThrow();
        taken.approve("automatic", clock.instant());
        statements.save(taken);

        var again = settleAt("2026-11-30T03:00:00");

        assertThat(again).extracting(SettlementStatement::getId).containsExactly("p2:2026-11-23");
        assertThat(statements.count()).isEqualTo(2);
    }

    @Test
    void aRejectedStatementsOrdersAreSettledAgainTheNextWeek() {
        complete("O1", "p1", 19900, TWENTY, "2026-11-24T09:00:00");
        settleAt("2026-11-30T02:00:00");
        SettlementStatement rejected = statements.findById("p1:2026-11-23").orElseThrow();
        rejected.awaitApproval();
        rejected.reject("fin", "bank account unverified", clock.instant());
        statements.save(rejected);
        complete("O2", "p1", 10000, TWENTY, "2026-12-01T09:00:00");

        var next = settlement.settle(LocalDate.parse("2026-11-30"));

        assertThat(next).singleElement().satisfies(statement -> {
            assertThat(statement.getId()).isEqualTo("p1:2026-11-30");
            assertThat(statement.getLines()).extracting(StatementLine::orderNumber).containsExactly("O1", "O2");
        });
    }

    @Test
    void aPaidStatementsOrdersAreNotSettledAgainButAReturnedOnesAre() {
        complete("O1", "p1", 19900, TWENTY, "2026-11-24T09:00:00");
        settleAt("2026-11-30T02:00:00");
        SettlementStatement paid = statements.findById("p1:2026-11-23").orElseThrow();
        paid.approve("automatic", clock.instant());
        paid.paid("tr-1", clock.instant());
        statements.save(paid);

        assertThat(settlement.settle(LocalDate.parse("2026-11-30"))).isEmpty();

        paid = statements.findById("p1:2026-11-23").orElseThrow();
        paid.returned();
        statements.save(paid);
        assertThat(settlement.settle(LocalDate.parse("2026-12-07"))).singleElement()
                .extracting(SettlementStatement::getNet).isEqualTo(Money.fen(15920));
    }

    @Test
    void aStatementAnEarlierRunLeftUntakenIsHandedBackWithTheNextWeeks() {
        complete("O1", "p1", 19900, TWENTY, "2026-11-24T09:00:00");
        settleAt("2026-11-30T02:00:00"); // its payout never started
        complete("O2", "p2", 5000, TWENTY, "2026-12-01T10:00:00");

        var next = settleAt("2026-12-07T02:00:00");

        assertThat(next).extracting(SettlementStatement::getId).containsExactly("p1:2026-11-23", "p2:2026-11-30");
    }

    @Test
    void theWeekARunSettlesIsTheLastFullOneInThePlatformsZone() {
        // Monday 00:30 in Shanghai is still Sunday in UTC
        assertThat(settlement.lastFullWeek(Instant.parse("2026-11-29T16:30:00Z"))).isEqualTo(WEEK);
        assertThat(settlement.lastFullWeek(Instant.parse("2026-11-29T15:30:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-16"));
    }

    private java.util.List<SettlementStatement> settleAt(String local) {
        clock.set(local);
        return settlement.settle(settlement.lastFullWeek(clock.instant()));
    }

    private void complete(String order, String provider, long fen, CommissionRate rate, String local) {
        clock.set(local);
        movements.charged(order, 1, Money.fen(fen));
        movements.completed(order, provider, Money.fen(fen), rate);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** The platform's clock, set to a local time in Shanghai by each step. */
    static class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T00:00:00Z");

        void set(String localDateTime) {
            now = java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

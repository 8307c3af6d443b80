package com.careflow.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careflow.domain.ledger.Money;

/** A statement's totals and transitions: each safe to repeat, a wrong one refused with the status in the message. */
class SettlementStatementTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void totalsAreTheSumsOfTheLines() {
        SettlementStatement statement = statement();

        assertThat(statement.getId()).isEqualTo("p1:2026-11-23");
        assertThat(statement.getGross()).isEqualTo(Money.fen(29900));
        assertThat(statement.getCommission()).isEqualTo(Money.fen(4980));
        assertThat(statement.getNet()).isEqualTo(Money.fen(24920));
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.CREATED);
    }

    @Test
    void anEmptyStatementIsRefused() {
        assertThatThrownBy(() -> SettlementStatement.create("p1", LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-30"), List.of(), AT)).hasMessageContaining("at least one completed order");
    }

    @Test
    void approvedPaidAndReturnedEachOnceAndRepeatsChangeNothing() {
        SettlementStatement statement = statement();

        assertThat(statement.approve("automatic", AT)).isTrue();
        assertThat(statement.approve("someone-else", AT.plusSeconds(5))).isFalse();
        assertThat(statement.getDecidedBy()).isEqualTo("automatic");
        assertThat(statement.paid("tr-1", AT)).isTrue();
        assertThat(statement.paid("tr-1", AT)).isFalse();
        assertThat(statement.holdsItsOrders()).isTrue();
        assertThat(statement.returned()).isTrue();
        assertThat(statement.returned()).isFalse();
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.RETURNED);
        assertThat(statement.holdsItsOrders()).isFalse();
        assertThatThrownBy(statement::confirmed).isInstanceOf(IllegalStateException.class)
                .hasMessage("Statement p1:2026-11-23 is RETURNED and cannot be confirmed");
    }

    @Test
    void aRejectionNeedsAReasonAndAStatementWaitingForFinance() {
        SettlementStatement statement = statement();
        assertThatThrownBy(() -> statement.reject("fin", "wrong", AT)).isInstanceOf(IllegalStateException.class);
        statement.awaitApproval();

        assertThatThrownBy(() -> statement.reject("fin", "  ", AT)).hasMessageContaining("needs a reason");
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.AWAITING_APPROVAL);
        assertThat(statement.reject("fin", " account closed ", AT)).isTrue();
        assertThat(statement.getDecisionReason()).isEqualTo("account closed");
        assertThatThrownBy(() -> statement.paid("tr-1", AT)).hasMessageContaining("REJECTED and cannot be paid");
    }

    private static SettlementStatement statement() {
        return SettlementStatement.create("p1", LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"),
                List.of(line("O1", 19900, 3980), line("O2", 10000, 1000)), AT);
    }

    private static StatementLine line(String order, long gross, long commission) {
        return new StatementLine(order, AT, Money.fen(gross), Money.fen(commission), Money.fen(gross - commission),
                new BigDecimal("0.20"), "commission@2");
    }
}

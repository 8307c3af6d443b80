package com.careflow.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.careflow.domain.appointment.DomainMongoTest;

/**
 * Any sequence of charges, refunds (before and after delivery), completions, payouts, confirmations and returns —
 * with events reported twice, as deliveries are — keeps the books: every stored entry sums to zero, all balances
 * together are zero, and each provider is owed exactly their net earnings minus payouts plus returned payouts.
 * Seeded, so a failure names the sequence that broke it and repeats.
 */
@DomainMongoTest
class LedgerPropertyTest {

    private static final String[] PROVIDERS = { "p1", "p2", "p3" };
    private static final String[] RATES = { "0", "0.15", "0.20", "0.333", "1" };

    @Autowired
    Ledger ledger;
    @Autowired
    Balances balances;
    @Autowired
    JournalEntries journal;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void anySequenceOfMovementsKeepsTheBooks() {
        for (long seed = 1; seed <= 60; seed++) {
            journal.deleteAll();
            Model model = new Model(new Random(seed));
            model.run(40);
            String sequence = "seed " + seed + ": " + model.events;

            for (Document entry : mongo.getCollection(JournalEntry.COLLECTION).find()) {
                long sum = entry.getList("lines", Document.class).stream()
                        .mapToLong(line -> line.get("amount", Document.class).getLong("fen")).sum();
                assertThat(sum).as("entry %s of %s", entry.get("_id"), sequence).isZero();
            }
            assertThat(balances.all().values().stream().mapToLong(Money::fen).sum()).as(sequence).isZero();
            for (String provider : PROVIDERS) {
                assertThat(balances.providerPayable(provider).fen()).as("%s payable, %s", provider, sequence)
                        .isEqualTo(model.owed.getOrDefault(provider, 0L));
            }
            assertThat(journal.count()).as(sequence).isEqualTo(model.postings);
        }
    }

    /** Random events on orders and payouts, and what the provider is owed, computed apart from the ledger. */
    private final class Model {

        final Random random;
        final MoneyMovements movements;
        final CommissionRate rate;
        final List<String> events = new ArrayList<>();
        final Map<String, Long> owed = new HashMap<>();
        final List<Order> orders = new ArrayList<>();
        final List<Payout> payouts = new ArrayList<>();
        long postings;

        Model(Random random) {
            this.random = random;
            this.rate = new CommissionRate(new BigDecimal(RATES[random.nextInt(RATES.length)]), "commission@1");
            this.movements = new MoneyMovements(ledger, clock);
        }

        void run(int steps) {
            for (int i = 0; i < steps; i++) {
                switch (random.nextInt(6)) {
                    case 0, 1 -> charge();
                    case 2 -> pick(orders, Order.CHARGED).ifPresent(this::complete);
                    case 3 -> refund();
                    case 4 -> payout();
                    default -> settle();
                }
            }
        }

        void charge() {
            Order order = new Order("O" + orders.size(), PROVIDERS[random.nextInt(PROVIDERS.length)],
                    1 + random.nextInt(100_000), 1 + random.nextInt(3));
            orders.add(order);
            twice(() -> movements.charged(order.number, order.attempt, Money.fen(order.fen)));
            event("charge " + order.number + " " + order.fen);
        }

        void complete(Order order) {
            order.state = Order.COMPLETED;
            long commission = rate.rate().multiply(BigDecimal.valueOf(order.fen)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            owed.merge(order.provider, order.fen - commission, Long::sum);
            twice(() -> movements.completed(order.number, order.provider, Money.fen(order.fen), rate));
            event("complete " + order.number);
        }

        void refund() {
            List<Order> refundable = orders.stream()
                    .filter(o -> o.state == Order.CHARGED || o.state == Order.COMPLETED).toList();
            if (!refundable.isEmpty()) {
                Order order = refundable.get(random.nextInt(refundable.size()));
                order.state = Order.REFUNDED;
                twice(() -> movements.refunded(order.number, Money.fen(order.fen)));
                event("refund " + order.number);
            }
        }

        void payout() {
            String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
            long available = owed.getOrDefault(provider, 0L);
            if (available > 0) {
                Payout payout = new Payout("W" + payouts.size(), provider, 1 + (long) (random.nextDouble() * available));
                payouts.add(payout);
                owed.merge(provider, -payout.fen, Long::sum);
                twice(() -> movements.payoutSent(payout.id, provider, Money.fen(payout.fen)));
                event("payout " + payout.id + " " + provider + " " + payout.fen);
            }
        }

        void settle() {
            List<Payout> open = payouts.stream().filter(p -> !p.settled).toList();
            if (!open.isEmpty()) {
                Payout payout = open.get(random.nextInt(open.size()));
                payout.settled = true;
                if (random.nextBoolean()) {
                    twice(() -> movements.payoutConfirmed(payout.id));
                    event("confirm " + payout.id);
                }
                else {
                    owed.merge(payout.provider, payout.fen, Long::sum);
                    twice(() -> movements.payoutReturned(payout.id));
                    event("return " + payout.id);
                }
            }
        }

        /** Every event is reported once or twice; the ledger must post it once. */
        void twice(Runnable post) {
            post.run();
            if (random.nextInt(3) == 0) {
                post.run();
            }
            postings++;
        }

        void event(String event) {
            events.add(event);
        }

        java.util.Optional<Order> pick(List<Order> from, int state) {
            List<Order> candidates = from.stream().filter(o -> o.state == state).toList();
            return candidates.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(candidates.get(random.nextInt(candidates.size())));
        }
    }

    private static final class Order {
        static final int CHARGED = 0;
        static final int COMPLETED = 1;
        static final int REFUNDED = 2;

        final String number;
        final String provider;
        final long fen;
        final int attempt;
        int state = CHARGED;

        Order(String number, String provider, long fen, int attempt) {
            this.number = number;
            this.provider = provider;
            this.fen = fen;
            this.attempt = attempt;
        }
    }

    private static final class Payout {
        final String id;
        final String provider;
        final long fen;
        boolean settled;

        Payout(String id, String provider, long fen) {
            this.id = id;
            this.provider = provider;
            this.fen = fen;
        }
    }
}

package com.careflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.ledger.Money;

/** The figures as markdown: printed at the end of the run and written to {@code careflow.bench.report}. */
final class Report {

    private final StringBuilder md = new StringBuilder();

    Report(MachineInfo machine, BenchSettings settings, Map<String, String> platform) {
        md.append("# CareFlow benchmark\n\n")
                .append("Run ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .replaceAll("\\.\\d+", "")).append("\n\n")
                .append("## Machine\n\n")
                .append("| | |\n|---|---|\n")
                .append(row("CPU", machine.cpu() + " — " + machine.cores() + " cores visible to the JVM"))
                .append(row("Memory", machine.memory() + " (benchmark JVM max heap " + machine.maxHeap() + ")"))
                .append(row("OS", machine.os()))
                .append(row("JDK", machine.jdk()));
        platform.forEach((k, v) -> md.append(row(k, v)));
        md.append("\nEverything runs on this one machine: Keycloak and Elasticsearch as child processes, "
                + "MongoDB (mongo-java-server) and mail in the benchmark's JVM, next to the portal with its "
                + "embedded process engine and every worker.\n");
    }

    void throughput(BenchSettings s, ThroughputRun.Phase noop, ThroughputRun.Phase real, int botFailures,
            long realConfirmedInMongo, String realSignals) {
        md.append("\n## 1. Orders per second, placement → CONFIRMED\n\n")
                .append("Parameters: ").append(s.orders()).append(" orders per phase after ")
                .append(s.warmupOrders()).append(" warm-up orders, ").append(s.concurrency())
                .append(" in flight, ").append(s.providers()).append(" providers, ").append(s.ordersPerSlot())
                .append(" orders per slot. Each order: slot held, order saved, instance started, payment "
                        + "published, offer grabbed by a bot provider the moment it is open, until the order "
                        + "is CONFIRMED.\n\n")
                .append("| workers | confirmed | failed | time | orders/s | p50 latency | p99 latency | max |\n")
                .append("|---|---|---|---|---|---|---|---|\n")
                .append(phaseRow("no-op (baseline)", noop))
                .append(phaseRow("real", real))
                .append("\n**real / no-op throughput: ")
                .append(String.format(Locale.ROOT, "%.2f", ratio(real.perSecond(), noop.perSecond())))
                .append("** (p50 latency real / no-op: ")
                .append(String.format(Locale.ROOT, "%.2f", ratio(real.latencies().percentile(50).toNanos(),
                        noop.latencies().percentile(50).toNanos())))
                .append(")\n\n")
                .append("No-op workers complete every task at once with the variables the model routes on; real "
                        + "workers do the work (slot hold, simulated card charge, offer with eligibility and in-app "
                        + "notifications, order confirmation, e-mail). Both phases run in the same JVM against the "
                        + "same engine, the no-op phase first. Orders CONFIRMED in Mongo with their provider after "
                        + "the real phase (warm-up included): ").append(realConfirmedInMongo)
                .append("; CONFIRMED first seen by: ").append(realSignals).append('.');
        if (botFailures > 0) {
            md.append(" The bot provider could not grab ").append(botFailures).append(" offers.");
        }
        md.append('\n');
    }

    void race(BenchSettings s, GrabRace.Result r) {
        md.append("\n## 2. Grab race\n\n")
                .append("Parameters: ").append(r.providers()).append(" provider threads, ").append(r.orders())
                .append(" open offers (").append(s.raceOrdersPerSlot()).append(" per appointment time), every "
                        + "provider eligible for every offer. Each thread walks all offers in its own random order "
                        + "and grabs each it has not seen taken (OfferDesk.grab, then order-grabbed published for "
                        + "a win, as the portal does).\n\n")
                .append("| | |\n|---|---|\n")
                .append(row("**double assignments**", "**" + r.doubleAssignments() + "**"))
                .append(row("offers in Mongo whose winner is not the one WON answer", r.winnerMismatches()))
                .append(row("offers left untaken", r.untaken()))
                .append(row("provider double bookings", r.doubleBookings()))
                .append(row("bookings left by losers", r.strayBookings()))
                .append(row("grab calls that threw", r.errors()))
                .append(row("order-grabbed messages the engine refused (the claim stands, the round timer finds "
                        + "the winner, as in the portal)", r.refusedMessages()))
                .append(row("grab calls", r.grabCalls()));
        for (GrabOutcome o : GrabOutcome.values()) {
            md.append(row("&nbsp;&nbsp;" + o, r.outcomes().getOrDefault(o, 0)));
        }
        md.append(row("race time", seconds(r.elapsed())))
                .append(row("grabs/s", String.format(Locale.ROOT, "%.0f",
                        ThroughputRun.perSecond(r.grabCalls(), r.elapsed().toNanos()))))
                .append(row("grab latency p50 / p99 / max (all calls)", latency(r.all())))
                .append(row("… the Mongo claim alone (OfferDesk.grab)", latency(r.claims())))
                .append(row("… winning grabs (claim + message)", latency(r.won())))
                .append(row("… losing grabs (already taken)", latency(r.lost())))
                .append("\nResult: ").append(r.clean() ? "**exactly one winner per order, no double booking.**"
                        : "**FAILED: see the counts above.**").append('\n');
    }

    void search(SearchRun.Result r) {
        md.append("\n## 3. Search: bulk indexing and faceted queries\n\n")
                .append("Parameters: ").append(String.format(Locale.ROOT, "%,d", r.inserted().total()))
                .append(" generated documents (").append(String.format(Locale.ROOT, "%,d", r.inserted().services()))
                .append(" active services, ").append(String.format(Locale.ROOT, "%,d", r.inserted().content()))
                .append(" published articles/posts/answers; Chinese and English text from word lists, five "
                        + "categories, seven cities, prices 20–3,000 CNY), inserted into MongoDB with bulk inserts "
                        + "in ").append(seconds(r.inserted().elapsed())).append(" (no repository, so no search "
                        + "outbox entries). Elasticsearch ").append(r.elasticsearch()).append(".\n\n")
                .append("**Indexing**\n\n")
                .append("| how | documents | time | docs/s |\n|---|---|---|---|\n")
                .append(timedRow("full reindex (`Reindexing.start` → DONE: read Mongo, bulk requests of "
                        + r.bulkBatch() + ", refresh, alias swap)", r.reindex()))
                .append(timedRow("baseline: one `index` request per document (a sample of the documents the "
                        + "reindex wrote, into a scratch index with the same definition)", r.single()))
                .append(timedRow("the same sample in bulk requests of " + r.bulkBatch() + " (Elasticsearch alone)",
                        r.bulkSample()))
                .append("\n**full reindex / one request per document: ")
                .append(String.format(Locale.ROOT, "%.1f", ratio(r.reindex().perSecond(), r.single().perSecond())))
                .append("×** (bulk alone / one request per document: ")
                .append(String.format(Locale.ROOT, "%.1f", ratio(r.bulkSample().perSecond(), r.single().perSecond())))
                .append("×). Reindexed per type: ").append(r.reindexed()).append("; documents behind the aliases "
                        + "afterwards: ").append(r.inIndex()).append(".\n\n")
                .append("**Query latency** (").append(r.faceted().latencies().count()).append(" queries of each kind "
                        + "after ").append(r.warmup()).append(" warm-up ones, one at a time, the two kinds "
                        + "alternating; 2 in 3 on services, 1 in 3 on content; a word or two, Chinese or English; "
                        + "often a category, city, price or kind filter, sometimes a price/newest sort or page 2)\n\n")
                .append("| query | p50 | p99 | max | mean hits | no hits | errors |\n|---|---|---|---|---|---|---|\n")
                .append(queryRow("`Search.search`: multi_match + phrase boost, post filters, multi-select facet "
                        + "aggregations, highlight, totals per type, did-you-mean", r.faceted()))
                .append(queryRow("baseline: plain match on the same words and text fields through the "
                        + "Elasticsearch client (no filters, aggregations or highlight)", r.plain()))
                .append("\n**faceted / plain latency: p50 ")
                .append(String.format(Locale.ROOT, "%.1f", ratio(r.faceted().latencies().percentile(50).toNanos(),
                        r.plain().latencies().percentile(50).toNanos())))
                .append("×, p99 ")
                .append(String.format(Locale.ROOT, "%.1f", ratio(r.faceted().latencies().percentile(99).toNanos(),
                        r.plain().latencies().percentile(99).toNanos())))
                .append("×** (the baseline's hit counts stop at Elasticsearch's default of 10,000).\n");
    }

    void health(HealthRun.Result r) {
        Latencies trend = r.trend();
        Latencies find = r.find();
        md.append("\n## 4. Health records: the 90-day trend query\n\n")
                .append("Parameters: ").append(String.format(Locale.ROOT, "%,d", r.readings()))
                .append(" generated readings (half blood pressure, a quarter glucose, weight, heart rate) of ")
                .append(String.format(Locale.ROOT, "%,d", r.customers())).append(" customers over 180 days, "
                        + "saved through `HealthRecords.importAll` (checked, pushed into day buckets) in ")
                .append(seconds(r.inserted())).append(". ")
                .append(trend.count()).append(" queries of each kind after ").append(r.warmup())
                .append(" warm-up ones, one at a time, alternating, each for a random customer's blood pressure of "
                        + "the last 90 days (").append(String.format(Locale.ROOT, "%.1f", r.meanPoints()))
                .append(" readings on average).\n\n")
                .append("| query | p50 | p99 | max |\n|---|---|---|---|\n")
                .append("| `Trends.of`: the period's day buckets by id, folded into count, avg, min, max and the "
                        + "least-squares line | ").append(Latencies.ms(trend.percentile(50))).append(" | ")
                .append(Latencies.ms(trend.percentile(99))).append(" | ").append(Latencies.ms(trend.max()))
                .append(" |\n")
                .append("| baseline: plain find of the same readings (`HealthRecords.readingsBetween`: the same "
                        + "buckets, filtered, sorted by time) | ").append(Latencies.ms(find.percentile(50))).append(" | ")
                .append(Latencies.ms(find.percentile(99))).append(" | ").append(Latencies.ms(find.max()))
                .append(" |\n\n**trend / find latency: p50 ")
                .append(String.format(Locale.ROOT, "%.2f", ratio(trend.percentile(50).toNanos(),
                        find.percentile(50).toNanos())))
                .append("×, p99 ").append(String.format(Locale.ROOT, "%.2f", ratio(trend.percentile(99).toNanos(),
                        find.percentile(99).toNanos())))
                .append("×**. Both read at most 91 bucket documents through the `_id` index, which "
                        + "mongo-java-server keeps too (it has no secondary indexes), so the figures hold for "
                        + "MongoDB's access path as well; the ratio is what the statistics cost over reading.\n");
    }

    void settlement(SettlementRun.Result r) {
        // the repeat hands back the statements no payout took up yet (all of them here) but stores nothing new
        boolean consistent = r.statements() == r.providers() && r.lines() == r.orders()
                && r.storedAfterRepeat() == r.statements() && r.statementNetFen() == r.payableFen();
        md.append("\n## 5. Weekly settlement\n\n")
                .append("Parameters: ").append(String.format(Locale.ROOT, "%,d", r.orders()))
                .append(" completed orders of ").append(r.providers()).append(" providers, each posted as the "
                        + "platform posts it (a charge and a completion through `MoneyMovements`, two commission "
                        + "rates), then `WeeklySettlement.settle` of their week.\n\n")
                .append("| step | entries | time | entries/s |\n|---|---|---|---|\n")
                .append(settleRow("posting the charges and completions (`Ledger.post`, one insert each)",
                        r.orders() * 2, r.posting(), r))
                .append(settleRow("baseline: reading the completion entries once (one query, no statement)",
                        r.readEntries(), r.read(), r))
                .append(settleRow("settlement: " + r.statements() + " statements, " + r.lines() + " lines",
                        r.lines(), r.settle(), r))
                .append(settleRow("the same week again (" + r.storedAfterRepeat() + " statements stored afterwards; the "
                        + r.repeatOpen() + " no payout took up yet handed back)", r.lines(), r.repeat(), r))
                .append("\n**settlement / reading the entries alone: ")
                .append(String.format(Locale.ROOT, "%.1f", ratio(r.settle().toNanos(), r.read().toNanos())))
                .append("× the time.** Statements' net ").append(Money.fen(r.statementNetFen()))
                .append(", providers' payable in the ledger ").append(Money.fen(r.payableFen())).append(": ")
                .append(consistent ? "one statement per provider, every order on one, nets equal to the payables."
                        : "**INCONSISTENT: see the counts above.**").append('\n');
    }

    private static String settleRow(String label, int entries, Duration elapsed, SettlementRun.Result r) {
        return "| " + label + " | " + String.format(Locale.ROOT, "%,d", entries) + " | " + seconds(elapsed) + " | "
                + String.format(Locale.ROOT, "%,.0f", r.entriesPerSecond(elapsed, entries)) + " |\n";
    }

    String markdown() {
        return md.toString();
    }

    Path write(Path file) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.writeString(target, md);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String phaseRow(String label, ThroughputRun.Phase p) {
        return "| " + label + " | " + p.confirmed() + "/" + p.orders() + " | " + p.failed() + " | "
                + seconds(p.elapsed()) + " | " + p.perSecondText() + " | " + Latencies.ms(p.latencies().percentile(50))
                + " | " + Latencies.ms(p.latencies().percentile(99)) + " | " + Latencies.ms(p.latencies().max())
                + " |\n";
    }

    private static String timedRow(String label, SearchRun.Timed t) {
        return "| " + label + " | " + String.format(Locale.ROOT, "%,d", t.documents()) + " | " + seconds(t.elapsed())
                + " | " + String.format(Locale.ROOT, "%,.0f", t.perSecond()) + " |\n";
    }

    private static String queryRow(String label, SearchRun.Queries q) {
        Latencies l = q.latencies();
        return "| " + label + " | " + Latencies.ms(l.percentile(50)) + " | " + Latencies.ms(l.percentile(99)) + " | "
                + Latencies.ms(l.max()) + " | " + String.format(Locale.ROOT, "%,.0f", q.meanHits()) + " | "
                + q.zeroHits() + " | " + q.errors() + " |\n";
    }

    private static String latency(Latencies l) {
        return Latencies.ms(l.percentile(50)) + " / " + Latencies.ms(l.percentile(99)) + " / "
                + Latencies.ms(l.max()) + " (" + l.count() + ")";
    }

    private static String row(String key, Object value) {
        return "| " + key + " | " + value + " |\n";
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}

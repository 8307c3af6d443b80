package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.provider.Cities;

/**
 * The search scenario's documents: active services and published content, about half each, with Chinese and English
 * text drawn from the word lists below, so that the queries ({@link #serviceWords}, {@link #CONTENT_WORDS}) match a
 * realistic share of them. Inserted straight through {@link MongoOperations} in batches: a repository save would
 * publish a domain event per document and fill the search outbox, and the scenario wants the full reindex to do the
 * indexing. Same seed, same documents: runs compare.
 */
final class SearchCorpus {

    private static final Logger log = LoggerFactory.getLogger(SearchCorpus.class);

    static final String SERVICE_ID_PREFIX = "bench-svc-";
    static final String CONTENT_ID_PREFIX = "bench-cnt-";
    private static final int BATCH = 1000;

    /** Per category: Chinese service names, English ones, and the price range in CNY. */
    private record Kind(List<String> zh, List<String> en, int minPrice, int maxPrice) {
    }

    private static final Map<ServiceCategory, Kind> KINDS = Map.of(
            ServiceCategory.COMPANION_ESCORT, new Kind(
                    List.of("陪诊", "半日陪诊", "全日陪诊", "陪同就医", "代取报告", "住院陪护", "检查陪同"),
                    List.of("hospital escort", "clinic companion", "appointment escort"), 120, 600),
            ServiceCategory.ONLINE_CONSULTATION, new Kind(
                    List.of("在线问诊", "视频问诊", "营养咨询", "心理咨询", "用药咨询", "皮肤科咨询"),
                    List.of("online consultation", "nutrition advice", "mental health counselling"), 30, 300),
            ServiceCategory.HOME_CARE, new Kind(
                    List.of("上门护理", "居家照护", "康复训练", "老人陪护", "术后护理", "母婴护理"),
                    List.of("home nursing", "elderly care", "rehabilitation at home"), 150, 900),
            ServiceCategory.HEALTH_CHECK, new Kind(
                    List.of("基础体检", "深度体检", "心脑血管筛查", "肿瘤筛查", "入职体检", "女性体检"),
                    List.of("health check", "cancer screening", "heart screening"), 200, 3000),
            ServiceCategory.COURSE, new Kind(
                    List.of("高血压管理课程", "糖尿病饮食课", "孕期课程", "急救培训", "睡眠改善课"),
                    List.of("diabetes course", "first aid training", "blood pressure course"), 20, 500));

    private static final List<String> QUALIFIERS = List.of("专业", "资深", "贴心", "优选", "快速", "一对一", "周末",
            "夜间", "加急", "家庭", "社区", "高端");
    private static final List<String> SERVICE_PHRASES = List.of("全程陪同挂号、候诊、取药", "护士持证上门",
            "医生给出初步建议与就医指引", "含检查排队与报告解读协助", "提供用药提醒与饮食建议", "可预约周末时段",
            "服务前电话沟通需求", "适合老人和行动不便的患者", "支持医保定点医院", "服务结束后提供书面小结");
    private static final List<String> SERVICE_PHRASES_EN = List.of("Includes a written summary after the visit.",
            "Certified nurses with five years of experience.", "Suitable for elderly patients and families.",
            "Bookable on weekends and evenings.", "Personalised diet and medication advice.");

    private static final List<String> TOPICS = List.of("高血压", "糖尿病", "失眠", "术后恢复", "老人照护", "儿童发烧",
            "体检报告", "营养饮食", "陪诊经验", "医保报销", "康复训练", "心理健康", "孕期保健", "过敏");
    private static final List<String> TOPICS_EN = List.of("high blood pressure", "diabetes", "insomnia",
            "recovery after surgery", "elderly care", "fever in children", "health check results", "nutrition",
            "hospital visits", "rehabilitation", "mental health", "pregnancy", "allergies");
    private static final List<String> TITLE_SUFFIXES = List.of("的注意事项", "怎么办", "经验分享", "常见误区", "完全指南",
            "问答", "的十个建议");
    private static final List<String> TITLE_PATTERNS_EN = List.of("A practical guide to %s", "How we managed %s",
            "Five questions about %s", "What nobody tells you about %s", "%s: common mistakes");
    private static final List<String> BODY_SENTENCES = List.of("很多家庭第一次遇到%s时都不知道从哪里开始。",
            "建议先咨询专业医生，再决定是否需要上门护理或陪诊服务。", "关于%s，最重要的是规律作息和按时复查。",
            "我们整理了社区里大家最关心的几个问题。", "如果症状持续加重，请尽快到医院就诊。", "饮食方面要少盐少油，多吃蔬菜。",
            "陪诊师可以帮忙挂号、排队和取报告，节省很多时间。", "体检报告里的异常指标不一定意味着生病。");
    private static final List<String> BODY_SENTENCES_EN = List.of("Many families meet %s for the first time "
            + "without knowing where to start.", "Talk to a doctor first, then decide whether home nursing helps.",
            "Regular sleep and follow-up visits matter most with %s.", "Here are the questions our community asks "
            + "most often.", "If symptoms get worse, see a doctor quickly.", "Eat less salt and oil and more "
            + "vegetables.");
    private static final List<String> AUTHORS = List.of("王医生", "李护士", "张阿姨", "陈先生", "刘营养师", "Dr. Smith",
            "Nurse Anna", "赵老师", "周女士", "Linda");

    /**
     * What people would type to find services of {@code category}: its names (Chinese and English) and shorter
     * words out of them.
     */
    static List<String> serviceWords(ServiceCategory category) {
        Kind kind = KINDS.get(category);
        return Stream.of(kind.zh(), kind.en(), SERVICE_WORDS.get(category))
                .flatMap(List::stream).toList();
    }

    private static final Map<ServiceCategory, List<String>> SERVICE_WORDS = Map.of(
            ServiceCategory.COMPANION_ESCORT, List.of("陪诊", "陪同", "escort"),
            ServiceCategory.ONLINE_CONSULTATION, List.of("问诊", "咨询", "consultation"),
            ServiceCategory.HOME_CARE, List.of("护理", "照护", "nursing", "care"),
            ServiceCategory.HEALTH_CHECK, List.of("体检", "筛查", "screening"),
            ServiceCategory.COURSE, List.of("课程", "培训", "course"));

    /** What people would type to find content: the topics in both languages and words of the bodies. */
    static final List<String> CONTENT_WORDS = Stream.of(TOPICS, TOPICS_EN,
            List.of("陪诊", "上门护理", "体检报告", "饮食", "复查", "doctor", "home nursing", "symptoms", "guide"))
            .flatMap(List::stream).toList();

    private final MongoOperations mongo;
    private final Random random;
    private final Instant now;

    SearchCorpus(MongoOperations mongo, long seed, Instant now) {
        this.mongo = mongo;
        this.random = new Random(seed);
        this.now = now;
    }

    /** Counts of what {@link #insert} wrote, and how long it took. */
    record Inserted(int services, int content, Duration elapsed) {

        int total() {
            return services + content;
        }
    }

    /**
     * Replaces the benchmark's documents of an earlier run (when the data was kept) with {@code count} new ones,
     * half services, half published content.
     */
    Inserted insert(int count) {
        mongo.remove(query(where("_id").regex("^" + SERVICE_ID_PREFIX)), ServiceItem.class);
        mongo.remove(query(where("_id").regex("^" + CONTENT_ID_PREFIX)), Content.class);
        int services = count / 2;
        int content = count - services;
        long began = System.nanoTime();
        insertBatches(services, this::service, ServiceItem.class);
        insertBatches(content, this::content, Content.class);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        log.info("search: {} services and {} published content in MongoDB ({} s)", services, content,
                elapsed.toSeconds());
        return new Inserted(services, content, elapsed);
    }

    private <T> void insertBatches(int count, IntFunction<T> make, Class<T> type) {
        List<T> batch = new ArrayList<>(BATCH);
        for (int i = 1; i <= count; i++) {
            batch.add(make.apply(i));
            if (batch.size() == BATCH || i == count) {
                mongo.insert(batch, type);
                batch = new ArrayList<>(BATCH);
                if (i % 10_000 == 0) {
                    log.info("search: {} {} inserted", i, type.getSimpleName());
                }
            }
        }
    }

    private ServiceItem service(int n) {
        ServiceCategory category = pick(List.of(ServiceCategory.values()));
        Kind kind = KINDS.get(category);
        boolean online = category == ServiceCategory.ONLINE_CONSULTATION || category == ServiceCategory.COURSE;
        String city = online && random.nextInt(4) > 0 ? Cities.ONLINE : pick(Cities.all());
        String stem = pick(kind.zh());
        String name = random.nextInt(5) == 0
                ? capitalized(pick(kind.en())) + " · " + stem
                : pick(QUALIFIERS) + stem + (Cities.ONLINE.equals(city) ? "" : "（" + city + "）");
        String description = pick(SERVICE_PHRASES) + "，" + pick(SERVICE_PHRASES) + "。"
                + (random.nextBoolean() ? " " + pick(SERVICE_PHRASES_EN) + " " + capitalized(pick(kind.en())) + "."
                        : "");
        BigDecimal price = BigDecimal.valueOf(kind.minPrice() + random.nextInt(kind.maxPrice() - kind.minPrice()))
                .add(random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("0.90"))
                .setScale(2, RoundingMode.UNNECESSARY);
        return new ServiceItem(String.format(Locale.ROOT, "%s%06d", SERVICE_ID_PREFIX, n), category, name,
                description, price, 30 * (1 + random.nextInt(16)), city, true);
    }

    private Content content(int n) {
        boolean english = random.nextInt(10) < 3;
        int topic = random.nextInt(TOPICS.size());
        String title;
        StringBuilder body = new StringBuilder();
        int sentences = 3 + random.nextInt(5);
        if (english) {
            String subject = TOPICS_EN.get(topic % TOPICS_EN.size());
            title = capitalized(String.format(Locale.ROOT, pick(TITLE_PATTERNS_EN), subject));
            for (int i = 0; i < sentences; i++) {
                body.append(String.format(Locale.ROOT, pick(BODY_SENTENCES_EN), subject)).append(' ');
            }
        } else {
            String subject = TOPICS.get(topic);
            title = subject + pick(TITLE_SUFFIXES);
            for (int i = 0; i < sentences; i++) {
                body.append(String.format(Locale.ROOT, pick(BODY_SENTENCES), subject));
            }
        }
        String author = pick(AUTHORS);
        boolean provider = random.nextInt(3) == 0;
        Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
        Content content = Content.submit(String.format(Locale.ROOT, "%s%06d", CONTENT_ID_PREFIX, n),
                pick(List.of(ContentKind.values())), title, body.toString(),
                new Content.Author("bench-author-" + (n % 500), author, null,
                        provider ? Content.ROLE_PROVIDER : Content.ROLE_CUSTOMER),
                english ? "en" : "zh-CN", submitted);
        content.publish("bench-reviewer", "压测审核员", submitted.plus(Duration.ofHours(1 + random.nextInt(48))));
        return content;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package com.careflow.domain.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Seeds the demo catalog into an empty database, so a fresh platform has something to order. */
@Component
@ConditionalOnProperty(name = "careflow.demo-data", havingValue = "true", matchIfMissing = true)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final ServiceItems services;

    DemoCatalog(ServiceItems services) {
        this.services = services;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (services.count() == 0) {
            services.saveAll(items());
            log.info("Seeded the demo catalog with {} services", items().size());
            return;
        }
        addEnglishToEarlierSeeds();
    }

    /**
     * A catalog seeded before services had English texts: the demo services still without them get the seed's
     * texts in both languages (two had English in their Chinese description), keeping price, duration, city and
     * whether they are active; saving re-indexes them for search. Services that are not demo seeds are left alone.
     */
    private void addEnglishToEarlierSeeds() {
        List<ServiceItem> completed = items().stream()
                .flatMap(seed -> services.findById(seed.id()).stream()
                        .filter(stored -> stored.nameEn() == null)
                        .map(stored -> new ServiceItem(stored.id(), stored.category(), seed.name(),
                                seed.description(), stored.price(), stored.durationMinutes(), stored.city(),
                                stored.active(), seed.nameEn(), seed.descriptionEn())))
                .toList();
        if (!completed.isEmpty()) {
            services.saveAll(completed);
            log.info("Added English names and descriptions to {} demo services", completed.size());
        }
    }

    static List<ServiceItem> items() {
        return List.of(
                item("escort-beijing-halfday", ServiceCategory.COMPANION_ESCORT, "199.00", 240, "北京",
                        "半日陪诊（北京）", "专业陪诊师全程陪同挂号、候诊、取药，4小时内。",
                        "Half-day hospital escort (Beijing)",
                        "A professional escort stays with you for registration, waiting and the pharmacy, up to 4 hours."),
                item("escort-shanghai-fullday", ServiceCategory.COMPANION_ESCORT, "359.00", 480, "上海",
                        "全日陪诊（上海）", "全天陪同就医，含检查排队与报告解读协助。",
                        "Full-day hospital escort (Shanghai)",
                        "A whole day of escort to the hospital, queueing for tests and help reading the reports."),
                item("consult-online-gp", ServiceCategory.ONLINE_CONSULTATION, "89.00", 30, "线上",
                        "全科医生在线问诊", "30分钟视频问诊，医生给出初步建议与就医指引。",
                        "Online GP consultation",
                        "A 30-minute video consultation: the doctor gives first advice and tells you where to go next."),
                item("consult-online-nutrition", ServiceCategory.ONLINE_CONSULTATION, "129.00", 45, "线上",
                        "营养师在线咨询", "注册营养师一对一饮食建议，45分钟。",
                        "Online nutrition consultation",
                        "Personalised diet advice from a registered dietitian, 45 minutes."),
                item("homecare-beijing-nursing", ServiceCategory.HOME_CARE, "268.00", 120, "北京",
                        "上门护理（北京）", "护士上门换药、打针、基础护理，2小时。",
                        "Home nursing (Beijing)",
                        "A nurse comes to your home to change dressings, give injections and basic care, 2 hours."),
                item("homecare-shanghai-elderly", ServiceCategory.HOME_CARE, "320.00", 240, "上海",
                        "老人居家照护（上海）", "陪伴照护、协助起居与用药提醒，4小时。",
                        "Home care for the elderly (Shanghai)",
                        "Companionship and care at home, help with daily routines and medication reminders, 4 hours."),
                item("check-beijing-basic", ServiceCategory.HEALTH_CHECK, "499.00", 120, "北京",
                        "基础体检套餐（北京）", "血常规、肝肾功能、心电图等12项基础检查。",
                        "Basic health check (Beijing)",
                        "12 basic tests, including blood count, liver and kidney function and an ECG."),
                item("course-online-bp", ServiceCategory.COURSE, "59.90", 90, "线上",
                        "高血压自我管理课程", "六节课：居家测量血压、饮食与用药。",
                        "Managing high blood pressure (course)",
                        "Six lessons on home blood pressure measurement, diet and medication."));
    }

    private static ServiceItem item(String id, ServiceCategory category, String price, int minutes, String city,
            String name, String description, String nameEn, String descriptionEn) {
        return new ServiceItem(id, category, name, description, new BigDecimal(price), minutes, city, true, nameEn,
                descriptionEn);
    }
}

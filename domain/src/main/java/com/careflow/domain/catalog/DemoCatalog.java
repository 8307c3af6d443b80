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
        if (services.count() > 0) {
            return;
        }
        services.saveAll(items());
        log.info("Seeded the demo catalog with {} services", items().size());
    }

    static List<ServiceItem> items() {
        return List.of(
                item("escort-beijing-halfday", ServiceCategory.COMPANION_ESCORT, "半日陪诊（北京）",
                        "专业陪诊师全程陪同挂号、候诊、取药，4小时内。", "199.00", 240, "北京"),
                item("escort-shanghai-fullday", ServiceCategory.COMPANION_ESCORT, "全日陪诊（上海）",
                        "全天陪同就医，含检查排队与报告解读协助。", "359.00", 480, "上海"),
                item("consult-online-gp", ServiceCategory.ONLINE_CONSULTATION, "全科医生在线问诊",
                        "30分钟视频问诊，医生给出初步建议与就医指引。", "89.00", 30, "线上"),
                item("consult-online-nutrition", ServiceCategory.ONLINE_CONSULTATION, "营养师在线咨询",
                        "Personalised diet advice from a registered dietitian, 45 minutes.", "129.00", 45, "线上"),
                item("homecare-beijing-nursing", ServiceCategory.HOME_CARE, "上门护理（北京）",
                        "护士上门换药、打针、基础护理，2小时。", "268.00", 120, "北京"),
                item("homecare-shanghai-elderly", ServiceCategory.HOME_CARE, "老人居家照护（上海）",
                        "陪伴照护、协助起居与用药提醒，4小时。", "320.00", 240, "上海"),
                item("check-beijing-basic", ServiceCategory.HEALTH_CHECK, "基础体检套餐（北京）",
                        "血常规、肝肾功能、心电图等12项基础检查。", "499.00", 120, "北京"),
                item("course-online-bp", ServiceCategory.COURSE, "高血压自我管理课程",
                        "Six lessons on home blood pressure measurement, diet and medication.", "59.90", 90, "线上"));
    }

    private static ServiceItem item(String id, ServiceCategory category, String name, String description,
            String price, int minutes, String city) {
        return new ServiceItem(id, category, name, description, new BigDecimal(price), minutes, city, true);
    }
}

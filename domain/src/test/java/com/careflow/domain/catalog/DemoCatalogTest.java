package com.careflow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Every demo service speaks both languages: Chinese texts in Chinese, English ones in English. */
class DemoCatalogTest {

    @Test
    void everyServiceHasChineseAndEnglishTexts() {
        for (ServiceItem item : DemoCatalog.items()) {
            assertThat(hasHan(item.name())).as(item.id() + " name").isTrue();
            assertThat(hasHan(item.description())).as(item.id() + " description").isTrue();
            assertThat(item.nameEn()).as(item.id() + " English name").isNotBlank().matches("[ -~]+");
            assertThat(item.descriptionEn()).as(item.id() + " English description").isNotBlank().matches("[ -~]+");
        }
    }

    @Test
    void textsFollowTheVisitorsLanguageAndFallBackToChinese() {
        ServiceItem nursing = DemoCatalog.items().stream().filter(i -> i.id().equals("homecare-beijing-nursing"))
                .findFirst().orElseThrow();

        assertThat(nursing.nameIn(Locale.ENGLISH)).isEqualTo("Home nursing (Beijing)");
        assertThat(nursing.nameIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("上门护理（北京）");
        assertThat(nursing.descriptionIn(Locale.UK)).startsWith("A nurse comes to your home");

        ServiceItem chineseOnly = new ServiceItem("x", ServiceCategory.COURSE, "课程", "说明", null, 30, "线上", true);
        assertThat(chineseOnly.nameIn(Locale.ENGLISH)).isEqualTo("课程");
        assertThat(chineseOnly.descriptionIn(Locale.ENGLISH)).isEqualTo("说明");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}

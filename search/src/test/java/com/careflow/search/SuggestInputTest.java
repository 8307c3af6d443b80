package com.careflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Completion inputs: the whole name first, then its suffixes from each CJK character and each Latin word. */
class SuggestInputTest {

    @Test
    void chineseNameIsCompletableFromEveryCharacter() {
        assertThat(SuggestInput.of("半日陪诊（北京）")).containsExactly(
                new SuggestInput(List.of("半日陪诊（北京）"), SuggestInput.WHOLE_WEIGHT),
                new SuggestInput(List.of("日陪诊（北京）", "陪诊（北京）", "诊（北京）", "北京）", "京）"),
                        SuggestInput.SUFFIX_WEIGHT));
    }

    @Test
    void latinWordsStartAfterSpacesAndAfterChineseButNotInsideAWord() {
        assertThat(SuggestInput.of("Online Nutrition 营养Plan 24h").get(1).input()).containsExactly(
                "Nutrition 营养Plan 24h", "营养Plan 24h", "养Plan 24h", "Plan 24h", "24h");
    }

    @Test
    void suffixesAreCappedAndBlankNamesHaveNoInputs() {
        assertThat(SuggestInput.of("长".repeat(50)).get(1).input()).hasSize(SuggestInput.MAX_SUFFIXES);
        assertThat(SuggestInput.of("  ")).isEmpty();
        assertThat(SuggestInput.of("Nutrition")).containsExactly(
                new SuggestInput(List.of("Nutrition"), SuggestInput.WHOLE_WEIGHT));
    }
}
